using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Kernel_AuditEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AccountName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Kernel_SeedRuns",
                columns: table => new
                {
                    Module = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RanAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Kernel_SeedRuns", x => new { x.Module, x.CommunityId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEntries_CommunityId_AccountId_At",
                table: "Kernel_AuditEntries",
                columns: new[] { "CommunityId", "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEntries_CommunityId_At",
                table: "Kernel_AuditEntries",
                columns: new[] { "CommunityId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Kernel_AuditEntries_CommunityId_Subject_EntityId",
                table: "Kernel_AuditEntries",
                columns: new[] { "CommunityId", "Subject", "EntityId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Kernel_AuditEntries");

            migrationBuilder.DropTable(
                name: "Kernel_SeedRuns");
        }
    }
}
