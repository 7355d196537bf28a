using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.PartyOrganization.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true);

            // Units made before keep an empty team: the list is JSON, so an empty one is "[]", not "".
            migrationBuilder.AddColumn<string>(
                name: "Team",
                table: "Party_OrganizationUnits",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "[]");
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
