using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Data.Kernel;

/// <summary>The kernel's own tables: seed runs and the audit trail.</summary>
public class KernelDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<SeedRun> SeedRuns => Set<SeedRun>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override string TablePrefix => "Kernel";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SeedRun>(b =>
        {
            b.ToTable(SeedRun.Table);
            b.HasKey(r => new { r.Module, r.CommunityId });
            b.Property(r => r.Module).HasMaxLength(64);
        });
        modelBuilder.Entity<AuditEntry>(b =>
        {
            b.ToTable(AuditEntry.Table);
            AuditEntry.Configure(b);
            b.HasIndex(a => new { a.CommunityId, a.At });
            b.HasIndex(a => new { a.CommunityId, a.Subject, a.EntityId });
            b.HasIndex(a => new { a.CommunityId, a.AccountId, a.At });
        });
        base.OnModelCreating(modelBuilder);
    }
}
