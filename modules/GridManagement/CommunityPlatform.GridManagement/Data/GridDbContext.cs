using System.Text.Json;
using CommunityPlatform.Data;
using CommunityPlatform.GridManagement.Domain;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CommunityPlatform.GridManagement.Data;

public class GridDbContext(DbContextOptions options, DataScope scope) : ModuleDbContext(options, scope)
{
    public DbSet<Grid> Grids => Set<Grid>();
    public DbSet<GridStaff> Staff => Set<GridStaff>();
    public DbSet<LiaisonCopy> Liaisons => Set<LiaisonCopy>();

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
            b.Property(g => g.BuildingIds).HasConversion(GuidList(), GuidListComparer()).HasMaxLength(4000);
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
        base.OnModelCreating(modelBuilder);

        // A grid worker sees their own grids' records only (see GridAccess).
        modelBuilder.NarrowedAccess(this, GridManagementModule.Name)
            .By<Grid>(g => g.Id)
            .By<GridStaff>(s => s.GridId);
    }

    private static ValueConverter<IReadOnlyList<Guid>, string> GuidList() =>
        new(v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
            v => JsonSerializer.Deserialize<List<Guid>>(v, JsonSerializerOptions.Default) ?? new List<Guid>());

    private static ValueComparer<IReadOnlyList<Guid>> GuidListComparer() =>
        new((a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, x) => HashCode.Combine(h, x)), v => v.ToList());
}
