using CommunityPlatform.Communities.Domain;
using CommunityPlatform.Data;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Communities.Data;

public class CommunitiesDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<District> Districts => Set<District>();
    public DbSet<Street> Streets => Set<Street>();
    public DbSet<Community> Communities => Set<Community>();
    public DbSet<ModuleSwitch> ModuleSwitches => Set<ModuleSwitch>();
    public DbSet<ModuleSwitchChange> ModuleSwitchChanges => Set<ModuleSwitchChange>();

    /// <summary>Named because the community directory reads it over a plain connection at the start.</summary>
    public const string CommunitiesTable = "Platform_Communities";

    protected override string TablePrefix => "Platform";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<District>(b =>
        {
            b.Property(d => d.Code).HasMaxLength(32);
            b.Property(d => d.Name).HasMaxLength(64);
            b.HasIndex(d => new { d.Code, d.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<Street>(b =>
        {
            b.Property(s => s.Code).HasMaxLength(32);
            b.Property(s => s.Name).HasMaxLength(64);
            b.HasIndex(s => new { s.Code, s.DeletionToken }).IsUnique();
            b.HasIndex(s => s.DistrictId);
        });
        modelBuilder.Entity<Community>(b =>
        {
            b.ToTable(CommunitiesTable);
            b.Property(c => c.Code).HasMaxLength(32);
            b.Property(c => c.Name).HasMaxLength(64);
            b.HasIndex(c => new { c.Code, c.DeletionToken }).IsUnique();
            b.HasIndex(c => c.StreetId);
            b.Property(c => c.ProtectedDatabase).HasMaxLength(2000);
            b.OwnsOne(c => c.Profile, p =>
            {
                p.Property(x => x.Honours)
                    .HasJsonListConversion(4000);
            });
        });
        modelBuilder.Entity<ModuleSwitch>(b =>
        {
            b.Property(s => s.Module).HasMaxLength(64);
            b.HasIndex(s => new { s.CommunityId, s.Module }).IsUnique();
        });
        modelBuilder.Entity<ModuleSwitchChange>(b =>
        {
            b.Property(s => s.Module).HasMaxLength(64);
            b.Property(s => s.ChangedByName).HasMaxLength(64);
            b.HasIndex(s => new { s.CommunityId, s.ChangedAt });
        });
        base.OnModelCreating(modelBuilder);
    }
}
