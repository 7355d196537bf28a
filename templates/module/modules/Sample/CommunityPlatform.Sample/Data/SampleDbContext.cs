using CommunityPlatform.Data;
using CommunityPlatform.Sample.Entries;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Sample.Data;

/// <summary>The module's tables (prefix <c>Sample_</c>); the kernel adds community, soft delete, audit and concurrency.</summary>
public class SampleDbContext(DbContextOptions options, RequestContext scope) : ModuleDbContext(options, scope)
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
        base.OnModelCreating(modelBuilder);
    }
}
