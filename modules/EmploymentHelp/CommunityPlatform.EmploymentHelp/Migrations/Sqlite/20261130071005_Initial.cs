using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.EmploymentHelp.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmploymentHelp_DifficultyCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Steps = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_DifficultyCases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_JobSeekers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RegisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LostWorkOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Education = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Skills = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SkillLevel = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    WishedWork = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WishedPayFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DeregisteredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DeregistrationReason = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_JobSeekers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_LoveCardBatches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Cards = table.Column<int>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Offers = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_LoveCardBatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_LowIncomeHouseholds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MonthlyAmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ApprovedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApprovedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ReviewDue = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EndReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_LowIncomeHouseholds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_Openings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Positions = table.Column<int>(type: "INTEGER", nullable: false),
                    MonthlyPayFen = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PostedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Closed = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_Openings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_Placements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Job = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FollowUps = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_Placements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_Posts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    HolderResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MonthlySubsidyFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_Posts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_Referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpeningId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JobSeekerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_Referrals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_Settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FollowUpMonths = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ZeroEmploymentClockDays = table.Column<int>(type: "INTEGER", nullable: false),
                    PostTermMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    PostEndAlertDays = table.Column<int>(type: "INTEGER", nullable: false),
                    DifficultyCategories = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_Settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_TrainingClasses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Partner = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Trainees = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_TrainingClasses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_Visits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Occasion = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Visitors = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CashFen = table.Column<long>(type: "INTEGER", nullable: false),
                    GoodsFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Goods = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Giver = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_Visits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmploymentHelp_ZeroEmploymentHouseholds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecognisedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EmployedResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExitReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmploymentHelp_ZeroEmploymentHouseholds", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_DifficultyCases_CommunityId_ResidentId",
                table: "EmploymentHelp_DifficultyCases",
                columns: new[] { "CommunityId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_DifficultyCases_CommunityId_State",
                table: "EmploymentHelp_DifficultyCases",
                columns: new[] { "CommunityId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_JobSeekers_CommunityId_ResidentId",
                table: "EmploymentHelp_JobSeekers",
                columns: new[] { "CommunityId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_JobSeekers_CommunityId_State_RegisteredOn",
                table: "EmploymentHelp_JobSeekers",
                columns: new[] { "CommunityId", "State", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_LoveCardBatches_CommunityId_IssuedOn",
                table: "EmploymentHelp_LoveCardBatches",
                columns: new[] { "CommunityId", "IssuedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_LowIncomeHouseholds_CommunityId_EndedOn_ReviewDue",
                table: "EmploymentHelp_LowIncomeHouseholds",
                columns: new[] { "CommunityId", "EndedOn", "ReviewDue" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_LowIncomeHouseholds_CommunityId_HouseholdId_DeletionToken",
                table: "EmploymentHelp_LowIncomeHouseholds",
                columns: new[] { "CommunityId", "HouseholdId", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_Openings_CommunityId_PostedOn",
                table: "EmploymentHelp_Openings",
                columns: new[] { "CommunityId", "PostedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_Placements_CommunityId_ResidentId",
                table: "EmploymentHelp_Placements",
                columns: new[] { "CommunityId", "ResidentId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_Placements_CommunityId_StartedOn",
                table: "EmploymentHelp_Placements",
                columns: new[] { "CommunityId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_Posts_CommunityId_EndsOn",
                table: "EmploymentHelp_Posts",
                columns: new[] { "CommunityId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_Referrals_CommunityId_JobSeekerId",
                table: "EmploymentHelp_Referrals",
                columns: new[] { "CommunityId", "JobSeekerId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_Referrals_CommunityId_OpeningId",
                table: "EmploymentHelp_Referrals",
                columns: new[] { "CommunityId", "OpeningId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_Settings_CommunityId_DeletionToken",
                table: "EmploymentHelp_Settings",
                columns: new[] { "CommunityId", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_TrainingClasses_CommunityId_StartsOn",
                table: "EmploymentHelp_TrainingClasses",
                columns: new[] { "CommunityId", "StartsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_Visits_CommunityId_HouseholdId",
                table: "EmploymentHelp_Visits",
                columns: new[] { "CommunityId", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_Visits_CommunityId_On",
                table: "EmploymentHelp_Visits",
                columns: new[] { "CommunityId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_ZeroEmploymentHouseholds_CommunityId_HouseholdId",
                table: "EmploymentHelp_ZeroEmploymentHouseholds",
                columns: new[] { "CommunityId", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_EmploymentHelp_ZeroEmploymentHouseholds_CommunityId_State_DueOn",
                table: "EmploymentHelp_ZeroEmploymentHouseholds",
                columns: new[] { "CommunityId", "State", "DueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmploymentHelp_DifficultyCases");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_JobSeekers");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_LoveCardBatches");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_LowIncomeHouseholds");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_Openings");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_Placements");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_Posts");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_Referrals");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_Settings");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_TrainingClasses");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_Visits");

            migrationBuilder.DropTable(
                name: "EmploymentHelp_ZeroEmploymentHouseholds");
        }
    }
}
