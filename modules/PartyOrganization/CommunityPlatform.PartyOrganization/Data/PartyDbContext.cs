using CommunityPlatform.Data;
using CommunityPlatform.PartyOrganization.Domain;
using CommunityPlatform.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.PartyOrganization.Data;

public class PartyDbContext(DbContextOptions options, DataScope scope) : ModuleDbContext(options, scope)
{
    public DbSet<OrganizationUnit> Units => Set<OrganizationUnit>();

    protected override string TablePrefix => PartyOrganizationModule.TablePrefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrganizationUnit>(b =>
        {
            b.ToTable("OrganizationUnits");
            b.Property(u => u.Name).HasMaxLength(64);
            b.Property(u => u.Kind).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(u => new { u.CommunityId, u.ParentId });
        });
        base.OnModelCreating(modelBuilder);
    }
}
