using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.PartyOrganization.Migrations.MySql
{
    /// <inheritdoc />
    public partial class UnitTeamAndGrid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "GridId",
                table: "Party_OrganizationUnits",
                type: "char(36)",
                nullable: true,
                collation: "ascii_general_ci");

            // Units made before keep an empty team: the list is JSON, so an empty one is "[]", not "".
            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "Party_OrganizationUnits",
                type: "varchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "[]",
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "GridId",
                table: "Party_OrganizationUnits");

            migrationBuilder.DropColumn(
                name: "Team",
                table: "Party_OrganizationUnits");
        }
    }
}
