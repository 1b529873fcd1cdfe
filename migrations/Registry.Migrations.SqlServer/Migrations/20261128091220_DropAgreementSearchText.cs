using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Registry.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class DropAgreementSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Agreements");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Agreements",
                type: "nvarchar(4000)",
                maxLength: 4000,
                nullable: true);
        }
    }
}
