using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AccountName",
                table: "Kernel_AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EntityId",
                table: "Kernel_AuditEntries",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEntries_CommunityId_AccountId_At",
                table: "Kernel_AuditEntries",
                columns: new[] { "CommunityId", "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEntries_CommunityId_Subject_EntityId",
                table: "Kernel_AuditEntries",
                columns: new[] { "CommunityId", "Subject", "EntityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Kernel_AuditEntries_CommunityId_AccountId_At",
                table: "Kernel_AuditEntries");

            migrationBuilder.DropIndex(
                name: "IX_Kernel_AuditEntries_CommunityId_Subject_EntityId",
                table: "Kernel_AuditEntries");

            migrationBuilder.DropColumn(
                name: "AccountName",
                table: "Kernel_AuditEntries");

            migrationBuilder.DropColumn(
                name: "EntityId",
                table: "Kernel_AuditEntries");
        }
    }
}
