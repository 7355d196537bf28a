using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.PartyOrganization.Care;
using CommunityPlatform.PartyOrganization.Dues;
using CommunityPlatform.PartyOrganization.JointUnits;
using CommunityPlatform.PartyOrganization.Meetings;
using CommunityPlatform.PartyOrganization.Members;
using CommunityPlatform.PartyOrganization.Organizations;
using CommunityPlatform.PartyOrganization.Pledges;
using CommunityPlatform.PartyOrganization.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Data;

public class PartyDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<OrganizationUnit> Units => Set<OrganizationUnit>();
    public DbSet<CommitteeSeat> Seats => Set<CommitteeSeat>();
    public DbSet<BuildingLiaison> Liaisons => Set<BuildingLiaison>();
    public DbSet<PartyMember> Members => Set<PartyMember>();
    public DbSet<MemberMove> Moves => Set<MemberMove>();
    public DbSet<Meeting> Meetings => Set<Meeting>();
    public DbSet<Pledge> Pledges => Set<Pledge>();
    public DbSet<ReviewRound> ReviewRounds => Set<ReviewRound>();
    public DbSet<ReviewEntry> ReviewEntries => Set<ReviewEntry>();
    public DbSet<Award> Awards => Set<Award>();
    public DbSet<Pairing> Pairings => Set<Pairing>();
    public DbSet<PairingVisit> PairingVisits => Set<PairingVisit>();
    public DbSet<MicroWish> Wishes => Set<MicroWish>();
    public DbSet<Errand> Errands => Set<Errand>();
    public DbSet<JointUnit> JointUnits => Set<JointUnit>();
    public DbSet<JointActivity> JointActivities => Set<JointActivity>();
    public DbSet<DuesPayment> DuesPayments => Set<DuesPayment>();

    protected override string TablePrefix => PartyOrganizationModule.TablePrefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // Attendance is a value kept as JSON on its meeting, not an entity of its own.
        modelBuilder.Ignore<Attendance>();
        modelBuilder.Ignore<TeamSeat>();
        modelBuilder.Entity<OrganizationUnit>(b =>
        {
            b.ToTable("OrganizationUnits");
            b.Property(u => u.Name).HasMaxLength(64);
            b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(u => u.BuildingIds).HasJsonListConversion(2000);
            // The team is written and read whole with its unit, as a list kept as JSON (a few seats at most).
            b.Property(u => u.Team).HasJsonListConversion(2000);
            b.Ignore(u => u.Committee);
            b.HasIndex(u => new { u.CommunityId, u.ParentId });
        });
        modelBuilder.Entity<CommitteeSeat>(b =>
        {
            b.ToTable("CommitteeSeats");
            b.Property(s => s.Name).HasMaxLength(50);
            b.Property(s => s.Post).HasMaxLength(32);
            b.Property(s => s.Organisation).HasMaxLength(100);
            b.Property(s => s.Affiliation).HasConversion<string>().HasMaxLength(24);
            b.HasIndex(s => new { s.CommunityId, s.UnitId });
        });
        modelBuilder.Entity<BuildingLiaison>(b =>
        {
            b.ToTable("BuildingLiaisons");
            b.HasIndex(l => new { l.CommunityId, l.BuildingId, l.DeletionToken }).IsUnique();
            b.HasIndex(l => new { l.CommunityId, l.MemberId });
        });
        modelBuilder.Entity<PartyMember>(b =>
        {
            b.ToTable("Members");
            foreach (var name in new[] { nameof(PartyMember.Status), nameof(PartyMember.Category), nameof(PartyMember.RelationHeld), nameof(PartyMember.ManagementMode), nameof(PartyMember.DuesClass), nameof(PartyMember.State) })
                b.Property(name).HasConversion<string>().HasMaxLength(16);
            b.Property(m => m.RelationHolder).HasMaxLength(100);
            b.Property(m => m.ServiceChoice).HasMaxLength(200);
            b.Property(m => m.Place).HasMaxLength(100);
            b.Ignore(m => m.MonthlyDuesFen);
            b.Ignore(m => m.ShouldReportIn);
            // One member per resident: the second registration is refused (Party.MemberExists), also under a race.
            b.HasIndex(m => new { m.CommunityId, m.ResidentId, m.DeletionToken }).IsUnique();
            b.HasIndex(m => new { m.CommunityId, m.UnitId, m.State });
            b.HasIndex(m => new { m.CommunityId, m.State, m.Category });
        });
        modelBuilder.Entity<MemberMove>(b =>
        {
            b.ToTable("MemberMoves");
            b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(m => m.Place).HasMaxLength(100);
            b.Property(m => m.Note).HasMaxLength(500);
            b.HasIndex(m => new { m.CommunityId, m.MemberId });
        });
        modelBuilder.Entity<Meeting>(b =>
        {
            b.ToTable("Meetings");
            b.Property(m => m.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(m => m.Topic).HasMaxLength(200);
            b.Property(m => m.Minutes).HasMaxLength(4000);
            b.Property(m => m.Attendance).HasJsonListConversion();
            b.HasIndex(m => new { m.CommunityId, m.UnitId, m.HeldOn });
            b.HasIndex(m => new { m.CommunityId, m.HeldOn });
        });
        modelBuilder.Entity<Pledge>(b =>
        {
            b.ToTable("Pledges");
            foreach (var name in new[] { nameof(Pledge.MemberCategory), nameof(Pledge.Category), nameof(Pledge.State), nameof(Pledge.Assessment) })
                b.Property(name).HasConversion<string>().HasMaxLength(24);
            b.Property(p => p.Content).HasMaxLength(500);
            b.Property(p => p.Evidence).HasMaxLength(1000);
            b.HasIndex(p => new { p.CommunityId, p.UnitId, p.State });
            b.HasIndex(p => new { p.CommunityId, p.MemberId });
        });
        modelBuilder.Entity<ReviewRound>(b =>
        {
            b.ToTable("ReviewRounds");
            b.Property(r => r.Title).HasMaxLength(100);
            b.HasIndex(r => new { r.CommunityId, r.Year, r.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<ReviewEntry>(b =>
        {
            b.ToTable("ReviewEntries");
            b.Property(r => r.Result).HasConversion<string>().HasMaxLength(24);
            b.Property(r => r.Note).HasMaxLength(500);
            b.HasIndex(r => new { r.CommunityId, r.RoundId, r.MemberId, r.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<Award>(b =>
        {
            b.ToTable("Awards");
            b.Property(a => a.Kind).HasConversion<string>().HasMaxLength(24);
            b.Property(a => a.Name).HasMaxLength(100);
            b.HasIndex(a => new { a.CommunityId, a.Year });
        });
        modelBuilder.Entity<Pairing>(b =>
        {
            b.ToTable("Pairings");
            b.Property(p => p.Need).HasMaxLength(200);
            b.HasIndex(p => new { p.CommunityId, p.MemberId });
        });
        modelBuilder.Entity<PairingVisit>(b =>
        {
            b.ToTable("PairingVisits");
            b.Property(v => v.Note).HasMaxLength(1000);
            b.HasIndex(v => new { v.CommunityId, v.PairingId });
        });
        modelBuilder.Entity<MicroWish>(b =>
        {
            b.ToTable("MicroWishes");
            b.Property(w => w.Wish).HasMaxLength(200);
            b.Property(w => w.Note).HasMaxLength(500);
            b.Property(w => w.State).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(w => new { w.CommunityId, w.State });
        });
        modelBuilder.Entity<Errand>(b =>
        {
            b.ToTable("Errands");
            b.Property(e => e.Matter).HasMaxLength(200);
            b.Property(e => e.Outcome).HasMaxLength(500);
            b.HasIndex(e => new { e.CommunityId, e.AcceptedOn });
        });
        modelBuilder.Entity<JointUnit>(b =>
        {
            b.ToTable("JointUnits");
            b.Property(u => u.Name).HasMaxLength(100);
            b.Property(u => u.Contact).HasMaxLength(50);
            b.Property(u => u.Phone).HasMaxLength(24);
            b.Property(u => u.Resources).HasMaxLength(500);
            b.Property(u => u.AgreementTerms).HasMaxLength(2000);
            b.HasIndex(u => new { u.CommunityId, u.Name });
        });
        modelBuilder.Entity<JointActivity>(b =>
        {
            b.ToTable("JointActivities");
            b.Property(a => a.Title).HasMaxLength(200);
            b.Property(a => a.Note).HasMaxLength(1000);
            b.HasIndex(a => new { a.CommunityId, a.JointUnitId });
        });
        modelBuilder.Entity<DuesPayment>(b =>
        {
            b.ToTable("DuesPayments");
            b.Property(p => p.PaidBy).HasMaxLength(50);
            // One payment per member and month: paying twice is refused (Party.DuesAlreadyPaid), also under a race.
            b.HasIndex(p => new { p.CommunityId, p.MemberId, p.Month, p.DeletionToken }).IsUnique();
            b.HasIndex(p => new { p.CommunityId, p.Month });
        });
        modelBuilder.HasOutbox();
        base.OnModelCreating(modelBuilder);
    }
}
