using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.GridManagement.Migrations.MySql
{
    /// <inheritdoc />
    public partial class GridEventConcerns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "HouseholdId",
                table: "Grid_Events",
                type: "char(36)",
                nullable: true,
                collation: "ascii_general_ci");

            migrationBuilder.AddColumn<Guid>(
                name: "ResidentId",
                table: "Grid_Events",
                type: "char(36)",
                nullable: true,
                collation: "ascii_general_ci");

            migrationBuilder.CreateIndex(
                name: "IX_Grid_Visits_CommunityId_HouseholdId",
                table: "Grid_Visits",
                columns: new[] { "CommunityId", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_Grid_Events_CommunityId_HouseholdId",
                table: "Grid_Events",
                columns: new[] { "CommunityId", "HouseholdId" });

            migrationBuilder.CreateIndex(
                name: "IX_Grid_Events_CommunityId_ResidentId",
                table: "Grid_Events",
                columns: new[] { "CommunityId", "ResidentId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Grid_Visits_CommunityId_HouseholdId",
                table: "Grid_Visits");

            migrationBuilder.DropIndex(
                name: "IX_Grid_Events_CommunityId_HouseholdId",
                table: "Grid_Events");

            migrationBuilder.DropIndex(
                name: "IX_Grid_Events_CommunityId_ResidentId",
                table: "Grid_Events");

            migrationBuilder.DropColumn(
                name: "HouseholdId",
                table: "Grid_Events");

            migrationBuilder.DropColumn(
                name: "ResidentId",
                table: "Grid_Events");
        }
    }
}
