using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.Residents.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Residents_Buildings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Units = table.Column<int>(type: "INTEGER", nullable: false),
                    Floors = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Residents_Buildings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Residents_Households",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Dwelling = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Tenure = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TagBits = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Residents_Households", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Residents_People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    HouseholdId = table.Column<Guid>(type: "TEXT", nullable: true),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RelationToHead = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    ResidenceType = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusSince = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    TagBits = table.Column<int>(type: "INTEGER", nullable: false),
                    IdNumberToken = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_Residents_People", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_Buildings_CommunityId_Number_DeletionToken",
                table: "Residents_Buildings",
                columns: new[] { "CommunityId", "Number", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Residents_Households_CommunityId_BuildingId",
                table: "Residents_Households",
                columns: new[] { "CommunityId", "BuildingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_People_CommunityId_BuildingId_Name_Id_IsDeleted",
                table: "Residents_People",
                columns: new[] { "CommunityId", "BuildingId", "Name", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_People_CommunityId_HouseholdId",
                table: "Residents_People",
                columns: new[] { "CommunityId", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_People_CommunityId_IdNumber_IdNumberToken_DeletionToken",
                table: "Residents_People",
                columns: new[] { "CommunityId", "IdNumber", "IdNumberToken", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Residents_People_CommunityId_Name_Id_IsDeleted",
                table: "Residents_People",
                columns: new[] { "CommunityId", "Name", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_People_CommunityId_Phone",
                table: "Residents_People",
                columns: new[] { "CommunityId", "Phone" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Residents_Buildings");

            migrationBuilder.DropTable(
                name: "Residents_Households");

            migrationBuilder.DropTable(
                name: "Residents_People");
        }
    }
}
