using CommunityPlatform.Data;
using CommunityPlatform.Residents.Domain;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.Residents.Data;

/// <summary>The registry's tables. Every index starts with the community, because every query is within one.</summary>
public class ResidentsDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Building> Buildings => Set<Building>();
    public DbSet<Household> Households => Set<Household>();
    public DbSet<Resident> Residents => Set<Resident>();
    public DbSet<Application.ImportJob> ImportJobs => Set<Application.ImportJob>();

    protected override string TablePrefix => ResidentsModule.TablePrefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Building>(b =>
        {
            b.ToTable("Buildings");
            b.Property(x => x.Number).HasMaxLength(16);
            b.Property(x => x.Name).HasMaxLength(64);
            b.HasIndex(x => new { x.CommunityId, x.Number, x.DeletionToken }).IsUnique();
        });
        modelBuilder.Entity<Household>(b =>
        {
            b.ToTable("Households");
            b.Property(x => x.Address).HasMaxLength(200);
            b.Property(x => x.Dwelling).HasMaxLength(32);
            b.Property(x => x.Tenure).HasConversion<string>().HasMaxLength(16);
            b.Ignore(x => x.Tags);
            b.HasIndex(x => new { x.CommunityId, x.BuildingId });
        });
        modelBuilder.Entity<Resident>(b =>
        {
            b.ToTable("People");
            b.Property(x => x.Name).HasMaxLength(50);
            b.Property(x => x.Ethnicity).HasMaxLength(2);
            b.Property(x => x.IdNumber).HasMaxLength(18);
            b.Property(x => x.Phone).HasMaxLength(24);
            b.Property(x => x.Gender).HasConversion<string>().HasMaxLength(8);
            b.Property(x => x.RelationToHead).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.ResidenceType).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            b.Ignore(x => x.Tags);
            b.HasIndex(x => new { x.CommunityId, x.IdNumber, x.IdNumberToken, x.DeletionToken }).IsUnique();
            // Searches page in (Name, Id) order and count their matches: with Id in the index a page reads its 20 rows
            // in order and stops instead of sorting every match, and with IsDeleted the count is read from the index
            // alone instead of from 5,000 rows for a common surname (docs/performance-notes.md).
            b.HasIndex(x => new { x.CommunityId, x.Name, x.Id, x.IsDeleted });
            b.HasIndex(x => new { x.CommunityId, x.Phone });
            b.HasIndex(x => new { x.CommunityId, x.BuildingId, x.Name, x.Id, x.IsDeleted });
            b.HasIndex(x => new { x.CommunityId, x.HouseholdId });
        });
        modelBuilder.Entity<Application.ImportJob>(b =>
        {
            b.ToTable("ImportJobs");
            b.Property(x => x.AccountName).HasMaxLength(64);
            b.Property(x => x.State).HasMaxLength(16);
            b.Property(x => x.Failure).HasMaxLength(1000);
            b.Property(x => x.ClaimedBy).HasMaxLength(80);
            // No index for the runner's question across communities (which jobs are unfinished): one row per upload
            // makes a small table, and every index of a community's table starts with the community (performance notes).
        });
        base.OnModelCreating(modelBuilder);

        // An account without Residents.People.All sees the buildings it is given, and who lives in them (ResidentsNarrowing).
        modelBuilder.NarrowedAccess(this, ResidentsNarrowing.Buildings)
            .By<Building>(b => b.Id)
            .By<Household>(h => h.BuildingId)
            .By<Resident>(r => r.BuildingId);
    }
}
