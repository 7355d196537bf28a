using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.Communities.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Platform_Communities",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    StreetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Profile_AreaKm2 = table.Column<double>(type: "REAL", nullable: true),
                    Profile_Households = table.Column<int>(type: "INTEGER", nullable: true),
                    Profile_RegisteredPopulation = table.Column<int>(type: "INTEGER", nullable: true),
                    Profile_ResidentPopulation = table.Column<int>(type: "INTEGER", nullable: true),
                    Profile_EthnicGroups = table.Column<int>(type: "INTEGER", nullable: true),
                    Profile_StaffCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Profile_Honours = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ProtectedDatabase = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_Communities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_Districts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_Districts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_ModuleSwitchChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ChangedByName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_ModuleSwitchChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_ModuleSwitches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommunityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Module = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_ModuleSwitches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Platform_Streets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ModifiedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ModifiedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    IsDeleted = table.Column<bool>(type: "INTEGER", nullable: false),
                    DeletionToken = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Platform_Streets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Platform_Communities_Code_DeletionToken",
                table: "Platform_Communities",
                columns: new[] { "Code", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_Communities_StreetId",
                table: "Platform_Communities",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_Platform_Districts_Code_DeletionToken",
                table: "Platform_Districts",
                columns: new[] { "Code", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_ModuleSwitchChanges_CommunityId_ChangedAt",
                table: "Platform_ModuleSwitchChanges",
                columns: new[] { "CommunityId", "ChangedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Platform_ModuleSwitches_CommunityId_Module",
                table: "Platform_ModuleSwitches",
                columns: new[] { "CommunityId", "Module" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_Streets_Code_DeletionToken",
                table: "Platform_Streets",
                columns: new[] { "Code", "DeletionToken" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Platform_Streets_DistrictId",
                table: "Platform_Streets",
                column: "DistrictId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Platform_Communities");

            migrationBuilder.DropTable(
                name: "Platform_Districts");

            migrationBuilder.DropTable(
                name: "Platform_ModuleSwitchChanges");

            migrationBuilder.DropTable(
                name: "Platform_ModuleSwitches");

            migrationBuilder.DropTable(
                name: "Platform_Streets");
        }
    }
}
