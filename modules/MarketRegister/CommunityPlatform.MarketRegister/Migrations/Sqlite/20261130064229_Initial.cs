using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.MarketRegister.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Market_Applications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Goods = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PreferredZone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Eligible = table.Column<bool>(type: "INTEGER", nullable: false),
                    IneligibleReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Grounds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    YellowCards = table.Column<int>(type: "INTEGER", nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    LotteryOrder = table.Column<int>(type: "INTEGER", nullable: true),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StallId = table.Column<Guid>(type: "TEXT", nullable: true),
                    WaitingPosition = table.Column<int>(type: "INTEGER", nullable: true),
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
                    table.PrimaryKey("PK_Market_Applications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Bills",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Market_Bills", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Cards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Color = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Market_Cards", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Complaints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StallId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ComplainantName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ComplainantPhone = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatedGrams = table.Column<int>(type: "INTEGER", nullable: true),
                    MeasuredGrams = table.Column<int>(type: "INTEGER", nullable: true),
                    Handling = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Satisfaction = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    GridRequestId = table.Column<Guid>(type: "TEXT", nullable: true),
                    GridOutcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Steps = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_Market_Complaints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Inspector = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    HasOpenFindings = table.Column<bool>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_Market_Inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Leases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StallId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MonthlyRentFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ManagementFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CleaningFen = table.Column<long>(type: "INTEGER", nullable: false),
                    DepositFen = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DepositRefundedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TerminationKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TerminationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RenewedAsId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Market_Leases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Markets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Zones = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    OpeningHours = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Rules = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ComplaintPhone = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    NoticeBoard = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RenovationFen = table.Column<long>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Market_Markets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RoundId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RaisedBy = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    RaisedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Upheld = table.Column<bool>(type: "INTEGER", nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Market_Objections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Outbox",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Payload = table.Column<string>(type: "TEXT", nullable: false),
                    OccurredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DeliveredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    ParkedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Market_Outbox", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Reweighs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScaleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StallId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Goods = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    StatedGrams = table.Column<int>(type: "INTEGER", nullable: false),
                    MeasuredGrams = table.Column<int>(type: "INTEGER", nullable: false),
                    OutOfTolerance = table.Column<bool>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Market_Reweighs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Rounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    StallIds = table.Column<string>(type: "TEXT", nullable: false),
                    NewVendorSharePercent = table.Column<int>(type: "INTEGER", nullable: false),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ApplyBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Seed = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NoticeFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LetOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastApplicationNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", nullable: false),
                    Decisions = table.Column<string>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_Market_Rounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Scales",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CalibratedUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_Market_Scales", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Scorings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Resident = table.Column<int>(type: "INTEGER", nullable: false),
                    LowIncome = table.Column<int>(type: "INTEGER", nullable: false),
                    ZeroEmploymentHousehold = table.Column<int>(type: "INTEGER", nullable: false),
                    Difficulty = table.Column<int>(type: "INTEGER", nullable: false),
                    Disabled = table.Column<int>(type: "INTEGER", nullable: false),
                    CleanRenewal = table.Column<int>(type: "INTEGER", nullable: false),
                    PerYellowCard = table.Column<int>(type: "INTEGER", nullable: false),
                    NewVendorSharePercent = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Market_Scorings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Shops",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Operator = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Trade = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LicenceExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Market_Shops", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Stalls",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    MarketId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Zone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AreaM2 = table.Column<decimal>(type: "TEXT", precision: 7, scale: 2, nullable: false),
                    Corner = table.Column<bool>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    MonthlyRentFen = table.Column<long>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    HolderVendorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HeldByResident = table.Column<bool>(type: "INTEGER", nullable: false),
                    HeldByPriorityHousehold = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Market_Stalls", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Market_Vendors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Goods = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Resident = table.Column<bool>(type: "INTEGER", nullable: false),
                    PriorityHousehold = table.Column<bool>(type: "INTEGER", nullable: false),
                    StallId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BadgeNumber = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    BadgeValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LicenceExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FoodPermitExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HealthCertExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    YellowCards = table.Column<int>(type: "INTEGER", nullable: false),
                    RedCards = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    LeftOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
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
                    table.PrimaryKey("PK_Market_Vendors", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Applications_CommunityId_RoundId_Number_DeletionToken",
                table: "Market_Applications",
                columns: new[] { "CommunityId", "RoundId", "Number", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Market_Bills_CommunityId_LeaseId_Month_Kind_DeletionToken",
                table: "Market_Bills",
                columns: new[] { "CommunityId", "LeaseId", "Month", "Kind", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Market_Bills_CommunityId_Month",
                table: "Market_Bills",
                columns: new[] { "CommunityId", "Month" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Bills_CommunityId_VendorId",
                table: "Market_Bills",
                columns: new[] { "CommunityId", "VendorId" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Cards_CommunityId_On",
                table: "Market_Cards",
                columns: new[] { "CommunityId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Cards_CommunityId_VendorId",
                table: "Market_Cards",
                columns: new[] { "CommunityId", "VendorId" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Complaints_CommunityId_GridRequestId",
                table: "Market_Complaints",
                columns: new[] { "CommunityId", "GridRequestId" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Complaints_CommunityId_ReceivedAt",
                table: "Market_Complaints",
                columns: new[] { "CommunityId", "ReceivedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Inspections_CommunityId_On",
                table: "Market_Inspections",
                columns: new[] { "CommunityId", "On" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Leases_CommunityId_StallId_State",
                table: "Market_Leases",
                columns: new[] { "CommunityId", "StallId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Leases_CommunityId_State_EndsOn",
                table: "Market_Leases",
                columns: new[] { "CommunityId", "State", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Objections_CommunityId_RoundId",
                table: "Market_Objections",
                columns: new[] { "CommunityId", "RoundId" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Outbox_DeliveredAt_Id",
                table: "Market_Outbox",
                columns: new[] { "DeliveredAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Reweighs_CommunityId_At",
                table: "Market_Reweighs",
                columns: new[] { "CommunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Reweighs_CommunityId_VendorId",
                table: "Market_Reweighs",
                columns: new[] { "CommunityId", "VendorId" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Rounds_Code",
                table: "Market_Rounds",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Market_Rounds_CommunityId_Code_DeletionToken",
                table: "Market_Rounds",
                columns: new[] { "CommunityId", "Code", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Market_Scorings_CommunityId_DeletionToken",
                table: "Market_Scorings",
                columns: new[] { "CommunityId", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Market_Shops_CommunityId_Address",
                table: "Market_Shops",
                columns: new[] { "CommunityId", "Address" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Stalls_CommunityId_MarketId_Number_DeletionToken",
                table: "Market_Stalls",
                columns: new[] { "CommunityId", "MarketId", "Number", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Market_Stalls_CommunityId_State",
                table: "Market_Stalls",
                columns: new[] { "CommunityId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Market_Vendors_BadgeNumber",
                table: "Market_Vendors",
                column: "BadgeNumber");

            migrationBuilder.CreateIndex(
                name: "IX_Market_Vendors_CommunityId_StallId",
                table: "Market_Vendors",
                columns: new[] { "CommunityId", "StallId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Market_Applications");

            migrationBuilder.DropTable(
                name: "Market_Bills");

            migrationBuilder.DropTable(
                name: "Market_Cards");

            migrationBuilder.DropTable(
                name: "Market_Complaints");

            migrationBuilder.DropTable(
                name: "Market_Inspections");

            migrationBuilder.DropTable(
                name: "Market_Leases");

            migrationBuilder.DropTable(
                name: "Market_Markets");

            migrationBuilder.DropTable(
                name: "Market_Objections");

            migrationBuilder.DropTable(
                name: "Market_Outbox");

            migrationBuilder.DropTable(
                name: "Market_Reweighs");

            migrationBuilder.DropTable(
                name: "Market_Rounds");

            migrationBuilder.DropTable(
                name: "Market_Scales");

            migrationBuilder.DropTable(
                name: "Market_Scorings");

            migrationBuilder.DropTable(
                name: "Market_Shops");

            migrationBuilder.DropTable(
                name: "Market_Stalls");

            migrationBuilder.DropTable(
                name: "Market_Vendors");
        }
    }
}
