using CommunityPlatform.Data;
using CommunityPlatform.EmploymentHelp.Difficulty;
using CommunityPlatform.EmploymentHelp.JobSeekers;
using CommunityPlatform.EmploymentHelp.LowIncome;
using CommunityPlatform.EmploymentHelp.LoveCards;
using CommunityPlatform.EmploymentHelp.Openings;
using CommunityPlatform.EmploymentHelp.Placements;
using CommunityPlatform.EmploymentHelp.Posts;
using CommunityPlatform.EmploymentHelp.Settings;
using CommunityPlatform.EmploymentHelp.Training;
using CommunityPlatform.EmploymentHelp.Visits;
using CommunityPlatform.EmploymentHelp.ZeroEmployment;
using CommunityPlatform.Residents;
using Microsoft.EntityFrameworkCore;

namespace CommunityPlatform.EmploymentHelp.Data;

/// <summary>The module's tables (prefix <c>EmploymentHelp_</c>); the kernel adds community, soft delete, audit and concurrency.</summary>
public class EmploymentHelpDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<LowIncomeHousehold> LowIncome => Set<LowIncomeHousehold>();
    public DbSet<CareVisit> Visits => Set<CareVisit>();
    public DbSet<JobSeeker> JobSeekers => Set<JobSeeker>();
    public DbSet<Placement> Placements => Set<Placement>();
    public DbSet<ZeroEmploymentHousehold> ZeroEmployment => Set<ZeroEmploymentHousehold>();
    public DbSet<DifficultyCase> DifficultyCases => Set<DifficultyCase>();
    public DbSet<Post> Posts => Set<Post>();
    public DbSet<TrainingClass> TrainingClasses => Set<TrainingClass>();
    public DbSet<Opening> Openings => Set<Opening>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<EmploymentSettings> Settings => Set<EmploymentSettings>();
    public DbSet<LoveCardBatch> LoveCards => Set<LoveCardBatch>();

    protected override string TablePrefix => EmploymentHelpModule.TablePrefix;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LowIncomeHousehold>(b =>
        {
            b.ToTable("LowIncomeHouseholds");
            b.Property(x => x.ApprovedBy).HasMaxLength(64);
            b.Property(x => x.EndReason).HasMaxLength(200);
            // One register entry per household: the register is by household and never holds it twice.
            b.HasIndex(x => new { x.CommunityId, x.HouseholdId, x.DeletionToken }).IsUnique();
            b.HasIndex(x => new { x.CommunityId, x.EndedOn, x.ReviewDue });
        });
        modelBuilder.Entity<CareVisit>(b =>
        {
            b.ToTable("Visits");
            b.Property(x => x.Occasion).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Visitors).HasMaxLength(100);
            b.Property(x => x.Goods).HasMaxLength(200);
            b.Property(x => x.Giver).HasMaxLength(100);
            b.Property(x => x.Notes).HasMaxLength(1000);
            b.HasIndex(x => new { x.CommunityId, x.On });
            b.HasIndex(x => new { x.CommunityId, x.HouseholdId });
        });
        modelBuilder.Entity<JobSeeker>(b =>
        {
            b.ToTable("JobSeekers");
            b.Property(x => x.Reason).HasMaxLength(200);
            b.Property(x => x.Education).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Skills).HasMaxLength(200);
            b.Property(x => x.SkillLevel).HasMaxLength(32);
            b.Property(x => x.WishedWork).HasMaxLength(100);
            b.Property(x => x.Phone).HasMaxLength(24);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.DeregistrationReason).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.CommunityId, x.ResidentId });
            b.HasIndex(x => new { x.CommunityId, x.State, x.RegisteredOn });
        });
        modelBuilder.Ignore<FollowUp>();
        modelBuilder.Entity<Placement>(b =>
        {
            b.ToTable("Placements");
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(24);
            b.Property(x => x.Employer).HasMaxLength(100);
            b.Property(x => x.Job).HasMaxLength(100);
            b.Property(x => x.FollowUps).HasJsonListConversion(2000);
            b.HasIndex(x => new { x.CommunityId, x.StartedOn });
            b.HasIndex(x => new { x.CommunityId, x.ResidentId });
        });
        modelBuilder.Entity<ZeroEmploymentHousehold>(b =>
        {
            b.ToTable("ZeroEmploymentHouseholds");
            b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.ExitReason).HasMaxLength(200);
            b.HasIndex(x => new { x.CommunityId, x.HouseholdId });
            b.HasIndex(x => new { x.CommunityId, x.State, x.DueOn });
        });
        modelBuilder.Ignore<DifficultyStep>();
        modelBuilder.Entity<DifficultyCase>(b =>
        {
            b.ToTable("DifficultyCases");
            b.Property(x => x.Category).HasMaxLength(64);
            b.Property(x => x.State).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Steps).HasJsonListConversion(4000);
            b.HasIndex(x => new { x.CommunityId, x.ResidentId });
            b.HasIndex(x => new { x.CommunityId, x.State });
        });
        modelBuilder.Entity<Post>(b =>
        {
            b.ToTable("Posts");
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Title).HasMaxLength(64);
            b.HasIndex(x => new { x.CommunityId, x.EndsOn });
        });
        modelBuilder.Ignore<Trainee>();
        modelBuilder.Entity<TrainingClass>(b =>
        {
            b.ToTable("TrainingClasses");
            b.Property(x => x.Title).HasMaxLength(100);
            b.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
            b.Property(x => x.Partner).HasMaxLength(64);
            b.Property(x => x.Trainees).HasJsonListConversion();
            b.HasIndex(x => new { x.CommunityId, x.StartsOn });
        });
        modelBuilder.Entity<Opening>(b =>
        {
            b.ToTable("Openings");
            b.Property(x => x.Employer).HasMaxLength(100);
            b.Property(x => x.Title).HasMaxLength(100);
            b.Property(x => x.Source).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.CommunityId, x.PostedOn });
        });
        modelBuilder.Entity<Referral>(b =>
        {
            b.ToTable("Referrals");
            b.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(16);
            b.HasIndex(x => new { x.CommunityId, x.OpeningId });
            b.HasIndex(x => new { x.CommunityId, x.JobSeekerId });
        });
        modelBuilder.Entity<LoveCardBatch>(b =>
        {
            b.ToTable("LoveCardBatches");
            b.Property(x => x.Recipients).HasMaxLength(100);
            b.Property(x => x.Offers).HasMaxLength(200);
            b.HasIndex(x => new { x.CommunityId, x.IssuedOn });
        });
        modelBuilder.Entity<EmploymentSettings>(b =>
        {
            b.ToTable("Settings");
            b.Property(x => x.FollowUpMonths).HasJsonListConversion(200);
            b.Property(x => x.DifficultyCategories).HasJsonListConversion(2000);
            // One set of rules per community.
            b.HasIndex(x => new { x.CommunityId, x.DeletionToken }).IsUnique();
        });
        base.OnModelCreating(modelBuilder);

        // The registry's narrowing, by the building a case's person or household lives in (see CaseRecord).
        modelBuilder.NarrowedAccess(this, ResidentsNarrowing.Buildings)
            .By<LowIncomeHousehold>(x => x.BuildingId)
            .By<CareVisit>(x => x.BuildingId)
            .By<JobSeeker>(x => x.BuildingId)
            .By<Placement>(x => x.BuildingId)
            .By<ZeroEmploymentHousehold>(x => x.BuildingId)
            .By<DifficultyCase>(x => x.BuildingId)
            .By<Post>(x => x.BuildingId);
    }
}
