using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.GridManagement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Grid_Grids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Area = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BuildingIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    TargetHouseholds = table.Column<int>(type: "INTEGER", nullable: false),
                    TargetPeople = table.Column<int>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Grid_Grids", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Grid_Liaisons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
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
                    table.PrimaryKey("PK_Grid_Liaisons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Grid_Staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    GridId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ShowOnSignboard = table.Column<bool>(type: "INTEGER", nullable: false),
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
                    table.PrimaryKey("PK_Grid_Staff", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Grid_Grids_Code",
                table: "Grid_Grids",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Grid_Grids_CommunityId_Code_DeletionToken",
                table: "Grid_Grids",
                columns: new[] { "CommunityId", "Code", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Grid_Grids_CommunityId_ParentId",
                table: "Grid_Grids",
                columns: new[] { "CommunityId", "ParentId" });

            migrationBuilder.CreateIndex(
                name: "IX_Grid_Liaisons_CommunityId_BuildingId_DeletionToken",
                table: "Grid_Liaisons",
                columns: new[] { "CommunityId", "BuildingId", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Grid_Staff_CommunityId_AccountId",
                table: "Grid_Staff",
                columns: new[] { "CommunityId", "AccountId" });

            migrationBuilder.CreateIndex(
                name: "IX_Grid_Staff_CommunityId_GridId",
                table: "Grid_Staff",
                columns: new[] { "CommunityId", "GridId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Grid_Grids");

            migrationBuilder.DropTable(
                name: "Grid_Liaisons");

            migrationBuilder.DropTable(
                name: "Grid_Staff");
        }
    }
}
