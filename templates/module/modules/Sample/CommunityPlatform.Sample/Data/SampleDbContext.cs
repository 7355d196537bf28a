using CommunityPlatform.Data;
using CommunityPlatform.Data.Outbox;
using CommunityPlatform.Sample.Entries;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Sample.Data;

/// <summary>The module's tables (prefix <c>Sample_</c>); the kernel adds community, soft delete, audit and concurrency.</summary>
public class SampleDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Entry> Entries => Set<Entry>();

    protected override string TablePrefix => SampleModule.TablePrefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Entry>(b =>
        {
            b.ToTable("Entries");
            b.Property(e => e.Title).HasMaxLength(100);
            b.Property(e => e.Note).HasMaxLength(500);
        });
        // Its integration events go out through its own outbox, and the events it handles are recorded in its inbox
        // (decision 0006): so a new module is safe with several hosts from its first migration.
        modelBuilder.HasOutbox();
        base.OnModelCreating(modelBuilder);
    }
}
