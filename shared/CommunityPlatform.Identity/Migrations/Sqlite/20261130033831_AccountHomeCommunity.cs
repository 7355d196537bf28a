using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.Identity.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AccountHomeCommunity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "HomeCommunityId",
                table: "Identity_Accounts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Identity_Accounts_HomeCommunityId",
                table: "Identity_Accounts",
                column: "HomeCommunityId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Identity_Accounts_HomeCommunityId",
                table: "Identity_Accounts");

            migrationBuilder.DropColumn(
                name: "HomeCommunityId",
                table: "Identity_Accounts");
        }
    }
}
