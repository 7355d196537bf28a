using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CommunityPlatform.Residents.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ResidentSearchOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Residents_People_CommunityId_BuildingId",
                table: "Residents_People");

            migrationBuilder.DropIndex(
                name: "IX_Residents_People_CommunityId_Name",
                table: "Residents_People");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_People_CommunityId_BuildingId_Name_Id_IsDeleted",
                table: "Residents_People",
                columns: new[] { "CommunityId", "BuildingId", "Name", "Id", "IsDeleted" });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_People_CommunityId_Name_Id_IsDeleted",
                table: "Residents_People",
                columns: new[] { "CommunityId", "Name", "Id", "IsDeleted" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Residents_People_CommunityId_BuildingId_Name_Id_IsDeleted",
                table: "Residents_People");

            migrationBuilder.DropIndex(
                name: "IX_Residents_People_CommunityId_Name_Id_IsDeleted",
                table: "Residents_People");

            migrationBuilder.CreateIndex(
                name: "IX_Residents_People_CommunityId_BuildingId",
                table: "Residents_People",
                columns: new[] { "CommunityId", "BuildingId" });

            migrationBuilder.CreateIndex(
                name: "IX_Residents_People_CommunityId_Name",
                table: "Residents_People",
                columns: new[] { "CommunityId", "Name" });
        }
    }
}
