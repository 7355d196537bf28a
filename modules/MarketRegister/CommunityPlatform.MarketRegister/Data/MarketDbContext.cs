using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.MarketRegister.Complaints;
using CommunityPlatform.MarketRegister.Inspections;
using CommunityPlatform.MarketRegister.Leases;
using CommunityPlatform.MarketRegister.Markets;
using CommunityPlatform.MarketRegister.Rounds;
using CommunityPlatform.MarketRegister.Scales;
using CommunityPlatform.MarketRegister.Shops;
using CommunityPlatform.MarketRegister.Vendors;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.MarketRegister.Data;

/// <summary>The module's tables (prefix <c>Market_</c>); the kernel adds community, soft delete, audit and concurrency.</summary>
public class MarketDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Market> Markets => Set<Market>();
    public DbSet<Stall> Stalls => Set<Stall>();
    public DbSet<StreetShop> Shops => Set<StreetShop>();
    public DbSet<Scoring> Scorings => Set<Scoring>();
    public DbSet<AllocationRound> Rounds => Set<AllocationRound>();
    public DbSet<StallApplication> Applications => Set<StallApplication>();
    public DbSet<Objection> Objections => Set<Objection>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<VendorCard> Cards => Set<VendorCard>();
    public DbSet<Scale> Scales => Set<Scale>();
    public DbSet<Reweigh> Reweighs => Set<Reweigh>();
    public DbSet<Lease> Leases => Set<Lease>();
    public DbSet<Bill> Bills => Set<Bill>();
    public DbSet<Inspection> Inspections => Set<Inspection>();

    protected override string TablePrefix => MarketRegisterModule.TablePrefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Market>(b =>
        {
            b.ToTable("Markets");
            b.Property(m => m.Name).HasMaxLength(100);
            b.Property(m => m.Operator).HasMaxLength(100);
            b.Property(m => m.Address).HasMaxLength(200);
            b.Property(m => m.Zones).HasJsonListConversion(1000);
            b.Property(m => m.OpeningHours).HasMaxLength(100);
            b.Property(m => m.Rules).HasMaxLength(2000);
            b.Property(m => m.ComplaintPhone).HasMaxLength(24);
            b.Property(m => m.NoticeBoard).HasMaxLength(1000);
        });
        modelBuilder.Entity<Stall>(b =>
        {
            b.ToTable("Stalls");
            b.Property(s => s.Number).HasMaxLength(16);
            b.Property(s => s.Zone).HasMaxLength(20);
            b.Property(s => s.Category).HasMaxLength(40);
            b.Property(s => s.AreaM2).HasPrecision(7, 2);
            b.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            b.Property(s => s.HolderName).HasMaxLength(50);
            b.HasIndex(s => new { s.CommunityId, s.MarketId, s.Number, s.DeletionToken }).IsUnique();
            b.HasIndex(s => new { s.CommunityId, s.State });
        });
        modelBuilder.Entity<StreetShop>(b =>
        {
            b.ToTable("Shops");
            b.Property(s => s.Name).HasMaxLength(100);
            b.Property(s => s.Address).HasMaxLength(200);
            b.Property(s => s.Operator).HasMaxLength(50);
            b.Property(s => s.CreditCode).HasMaxLength(18);
            b.Property(s => s.Trade).HasMaxLength(40);
            b.HasIndex(s => new { s.CommunityId, s.Address });
        });
        modelBuilder.Entity<Scoring>(b =>
        {
            b.ToTable("Scorings");
            // One set of weights per community.
            b.HasIndex(s => new { s.CommunityId, s.DeletionToken }).IsUnique();
        });
        modelBuilder.Ignore<RoundDecision>();
        modelBuilder.Ignore<AllocationLine>();
        modelBuilder.Entity<AllocationRound>(b =>
        {
            b.ToTable("Rounds");
            b.Property(r => r.Code).HasMaxLength(64);
            b.Property(r => r.Title).HasMaxLength(100);
            b.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
            b.Property(r => r.Seed).HasMaxLength(64);
            b.Property(r => r.StallIds).HasJsonListConversion();
            b.Property(r => r.Result).HasJsonListConversion();
            b.Property(r => r.Decisions).HasJsonListConversion();
            b.HasIndex(r => new { r.CommunityId, r.Code, r.DeletionToken }).IsUnique();
            // The public notice finds a round by its code without a community: the code starts with the community's.
            b.HasIndex(r => r.Code);
        });
        modelBuilder.Entity<StallApplication>(b =>
        {
            b.ToTable("Applications");
            b.Property(a => a.Name).HasMaxLength(50);
            b.Property(a => a.IdNumber).HasMaxLength(18);
            b.Property(a => a.CreditCode).HasMaxLength(18);
            b.Property(a => a.Phone).HasMaxLength(24);
            b.Property(a => a.Goods).HasMaxLength(100);
            b.Property(a => a.PreferredZone).HasMaxLength(20);
            b.Property(a => a.IneligibleReason).HasMaxLength(500);
            b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(16);
            b.Property(a => a.Grounds).HasJsonListConversion(500);
            b.HasIndex(a => new { a.CommunityId, a.RoundId, a.Number, a.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<Objection>(b =>
        {
            b.ToTable("Objections");
            b.Property(o => o.RaisedBy).HasMaxLength(50);
            b.Property(o => o.Text).HasMaxLength(1000);
            b.Property(o => o.Answer).HasMaxLength(1000);
            b.HasIndex(o => new { o.CommunityId, o.RoundId });
        });
        modelBuilder.Entity<Vendor>(b =>
        {
            b.ToTable("Vendors");
            b.Property(v => v.Name).HasMaxLength(50);
            b.Property(v => v.IdNumber).HasMaxLength(18);
            b.Property(v => v.CreditCode).HasMaxLength(18);
            b.Property(v => v.Phone).HasMaxLength(24);
            b.Property(v => v.Goods).HasMaxLength(100);
            b.Property(v => v.Source).HasMaxLength(100);
            b.Property(v => v.BadgeNumber).HasMaxLength(64);
            b.Ignore(v => v.CreditLevel);
            b.HasIndex(v => new { v.CommunityId, v.StallId });
            // The public card finds a vendor by badge without a community: the number starts with the community's.
            b.HasIndex(v => v.BadgeNumber);
        });
        modelBuilder.Ignore<ComplaintStep>();
        modelBuilder.Entity<Complaint>(b =>
        {
            b.ToTable("Complaints");
            foreach (var name in new[] { nameof(Complaint.Kind), nameof(Complaint.Channel), nameof(Complaint.State), nameof(Complaint.Handling), nameof(Complaint.Satisfaction) })
                b.Property(name).HasConversion<string>().HasMaxLength(16);
            b.Property(c => c.ComplainantName).HasMaxLength(50);
            b.Property(c => c.ComplainantPhone).HasMaxLength(24);
            b.Property(c => c.Description).HasMaxLength(1000);
            b.Property(c => c.Answer).HasMaxLength(1000);
            b.Property(c => c.GridOutcome).HasMaxLength(1000);
            b.Property(c => c.Steps).HasJsonListConversion();
            b.Ignore(c => c.Upheld);
            b.Ignore(c => c.DeviationGrams);
            b.HasIndex(c => new { c.CommunityId, c.ReceivedAt });
            b.HasIndex(c => new { c.CommunityId, c.GridRequestId });
        });
        modelBuilder.Entity<VendorCard>(b =>
        {
            b.ToTable("Cards");
            b.Property(c => c.Color).HasConversion<string>().HasMaxLength(8);
            b.Property(c => c.Reason).HasMaxLength(500);
            b.HasIndex(c => new { c.CommunityId, c.VendorId });
            b.HasIndex(c => new { c.CommunityId, c.On });
        });
        modelBuilder.Entity<Scale>(b =>
        {
            b.ToTable("Scales");
            b.Property(s => s.Name).HasMaxLength(50);
        });
        modelBuilder.Entity<Reweigh>(b =>
        {
            b.ToTable("Reweighs");
            b.Property(r => r.Goods).HasMaxLength(50);
            b.Property(r => r.Outcome).HasMaxLength(1000);
            b.HasIndex(r => new { r.CommunityId, r.At });
            b.HasIndex(r => new { r.CommunityId, r.VendorId });
        });
        modelBuilder.Entity<Lease>(b =>
        {
            b.ToTable("Leases");
            b.Property(l => l.State).HasConversion<string>().HasMaxLength(16);
            b.Property(l => l.TerminationKind).HasConversion<string>().HasMaxLength(16);
            b.Property(l => l.TerminationReason).HasMaxLength(500);
            b.HasIndex(l => new { l.CommunityId, l.StallId, l.State });
            b.HasIndex(l => new { l.CommunityId, l.State, l.EndsOn });
        });
        modelBuilder.Entity<Bill>(b =>
        {
            b.ToTable("Bills");
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            // A month's charge of one kind is billed once per lease, also when two issue at once.
            b.HasIndex(x => new { x.CommunityId, x.LeaseId, x.Month, x.Kind, x.DeletionToken }).IsUnique();
            b.HasIndex(x => new { x.CommunityId, x.Month });
            b.HasIndex(x => new { x.CommunityId, x.VendorId });
        });
        modelBuilder.Ignore<Finding>();
        modelBuilder.Entity<Inspection>(b =>
        {
            b.ToTable("Inspections");
            b.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(i => i.Inspector).HasMaxLength(50);
            b.Property(i => i.Note).HasMaxLength(1000);
            b.Property(i => i.Findings).HasJsonListConversion();
            b.HasIndex(i => new { i.CommunityId, i.On });
        });
        modelBuilder.HasOutbox();
        base.OnModelCreating(modelBuilder);
    }
}
