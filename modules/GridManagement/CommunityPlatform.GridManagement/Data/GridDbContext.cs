using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.GridManagement.Events;
using CommunityPlatform.GridManagement.Grids;
using CommunityPlatform.GridManagement.Patrols;
using CommunityPlatform.GridManagement.Rhythm;
using CommunityPlatform.GridManagement.Visits;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.GridManagement.Data;

public class GridDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Grid> Grids => Set<Grid>();
    public DbSet<GridStaff> Staff => Set<GridStaff>();
    public DbSet<LiaisonCopy> Liaisons => Set<LiaisonCopy>();
    public DbSet<GridEvent> Events => Set<GridEvent>();
    public DbSet<Patrol> Patrols => Set<Patrol>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<JointMeeting> Meetings => Set<JointMeeting>();
    public DbSet<EvaluationWeights> Weights => Set<EvaluationWeights>();

    protected override string TablePrefix => GridManagementModule.TablePrefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Grid>(b =>
        {
            b.ToTable("Grids");
            b.Property(g => g.Code).HasMaxLength(48);
            b.Property(g => g.Name).HasMaxLength(64);
            b.Property(g => g.Area).HasMaxLength(200);
            b.Property(g => g.Level).HasConversion<string>().HasMaxLength(16);
            b.Property(g => g.BuildingIds).HasJsonListConversion(4000);
            b.HasIndex(g => new { g.CommunityId, g.Code, g.DeletionToken }).IsUnique();
            b.HasIndex(g => new { g.CommunityId, g.ParentId });
            // The signboard finds a grid by its code without a community: the code starts with the community's.
            b.HasIndex(g => g.Code);
        });
        modelBuilder.Entity<GridStaff>(b =>
        {
            b.ToTable("Staff");
            b.Property(s => s.Name).HasMaxLength(50);
            b.Property(s => s.Role).HasConversion<string>().HasMaxLength(24);
            b.Property(s => s.Phone).HasMaxLength(24);
            b.HasIndex(s => new { s.CommunityId, s.GridId });
            b.HasIndex(s => new { s.CommunityId, s.AccountId });
        });
        modelBuilder.Entity<LiaisonCopy>(b =>
        {
            b.ToTable("Liaisons");
            b.Property(l => l.Name).HasMaxLength(50);
            b.HasIndex(l => new { l.CommunityId, l.BuildingId, l.DeletionToken }).IsUnique();
        });
        modelBuilder.Ignore<EventStep>();
        modelBuilder.Ignore<PatrolFinding>();
        modelBuilder.Entity<GridEvent>(b =>
        {
            b.ToTable("Events");
            foreach (var name in new[] { nameof(GridEvent.Source), nameof(GridEvent.Kind), nameof(GridEvent.State), nameof(GridEvent.Supervision), nameof(GridEvent.Outcome), nameof(GridEvent.Satisfaction) })
                b.Property(name).HasConversion<string>().HasMaxLength(16);
            b.Property(e => e.Title).HasMaxLength(200);
            b.Property(e => e.Description).HasMaxLength(2000);
            b.Property(e => e.Reporter).HasMaxLength(50);
            b.Property(e => e.Parties).HasMaxLength(500);
            b.Property(e => e.Steps).HasJsonListConversion();
            b.HasIndex(e => new { e.CommunityId, e.GridId, e.State });
            b.HasIndex(e => new { e.CommunityId, e.State, e.Deadline });
            b.HasIndex(e => new { e.CommunityId, e.ReportedAt });
            b.HasIndex(e => new { e.CommunityId, e.HouseholdId });
            b.HasIndex(e => new { e.CommunityId, e.ResidentId });
            // One event per request of another module, also when the request is delivered twice at once.
            b.HasIndex(e => new { e.CommunityId, e.RequestId }).IsUnique();
        });
        modelBuilder.Entity<Patrol>(b =>
        {
            b.ToTable("Patrols");
            b.Property(p => p.Patroller).HasMaxLength(64);
            b.Property(p => p.Note).HasMaxLength(1000);
            b.Property(p => p.BuildingIds).HasJsonListConversion(4000);
            b.Property(p => p.Findings).HasJsonListConversion();
            b.HasIndex(p => new { p.CommunityId, p.Day, p.GridId });
        });
        modelBuilder.Entity<Visit>(b =>
        {
            b.ToTable("Visits");
            b.Property(v => v.Visitor).HasMaxLength(64);
            b.Property(v => v.Notes).HasMaxLength(2000);
            b.Property(v => v.FollowUp).HasMaxLength(1000);
            b.HasIndex(v => new { v.CommunityId, v.On });
            b.HasIndex(v => new { v.CommunityId, v.GridId });
            b.HasIndex(v => new { v.CommunityId, v.HouseholdId });
        });
        modelBuilder.Ignore<Decision>();
        modelBuilder.Entity<JointMeeting>(b =>
        {
            b.ToTable("JointMeetings");
            b.Property(m => m.Topic).HasMaxLength(200);
            b.Property(m => m.Attendees).HasMaxLength(500);
            b.Property(m => m.Minutes).HasMaxLength(4000);
            b.Property(m => m.Decisions).HasJsonListConversion();
            b.HasIndex(m => new { m.CommunityId, m.HeldOn });
        });
        modelBuilder.Entity<EvaluationWeights>(b =>
        {
            b.ToTable("EvaluationWeights");
            // One set of weights per community.
            b.HasIndex(w => new { w.CommunityId, w.DeletionToken }).IsUnique();
        });
        modelBuilder.HasOutbox();
        base.OnModelCreating(modelBuilder);

        // A grid worker sees their own grids' records only (see GridAccess).
        modelBuilder.NarrowedAccess(this, GridAccess.Narrowing)
            .By<Grid>(g => g.Id)
            .By<GridStaff>(s => s.GridId)
            .By<GridEvent>(e => e.GridId)
            .By<Patrol>(p => p.GridId)
            .By<Visit>(v => v.GridId);
    }
}
