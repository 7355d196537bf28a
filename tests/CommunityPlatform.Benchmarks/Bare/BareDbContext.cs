using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Benchmarks.Bare;

/// <summary>A plain context on the platform's own table and indexes: no filters, no interceptor, no module conventions.</summary>
public sealed class BareDbContext(DbContextOptions<BareDbContext> options) : DbContext(options)
{
    public DbSet<BareResident> Residents => Set<BareResident>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<BareResident>().ToTable("Residents_People");
}
