using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.Data.Migrations.MySql
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Detail",
                table: "Kernel_AuditEntries",
                type: "varchar(4000)",
                maxLength: 4000,
                nullable: true,
                collation: "utf8mb4_unicode_ci",
                oldClrType: typeof(string),
                oldType: "varchar(2000)",
                oldMaxLength: 2000,
                oldNullable: true)
                .Annotation("MySql:CharSet", "utf8mb4")
                .OldAnnotation("MySql:CharSet", "utf8mb4")
                .OldAnnotation("Relational:Collation", "utf8mb4_unicode_ci");

            migrationBuilder.AddColumn<string>(
                name: "AccountName",
                table: "Kernel_AuditEntries",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.AddColumn<string>(
                name: "EntityId",
                table: "Kernel_AuditEntries",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true,
                collation: "utf8mb4_unicode_ci")
                .Annotation("MySql:CharSet", "utf8mb4");

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

            migrationBuilder.AlterColumn<string>(
                name: "Detail",
                table: "Kernel_AuditEntries",
                type: "varchar(2000)",
                maxLength: 2000,
                nullable: true,
                collation: "utf8mb4_unicode_ci",
                oldClrType: typeof(string),
                oldType: "varchar(4000)",
                oldMaxLength: 4000,
                oldNullable: true)
                .Annotation("MySql:CharSet", "utf8mb4")
                .OldAnnotation("MySql:CharSet", "utf8mb4")
                .OldAnnotation("Relational:Collation", "utf8mb4_unicode_ci");
        }
    }
}
