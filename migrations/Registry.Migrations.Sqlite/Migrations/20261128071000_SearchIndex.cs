using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Registry.Data.Database;
using Registry.Data.Search.Index;

#nullable disable

namespace Registry.Migrations.Sqlite.Migrations
{
    /// <summary>The FTS5 tables behind commitment and agreement search; the model does not describe virtual tables.</summary>
    [DbContext(typeof(RegistryDbContext))]
    [Migration("20261128071000_SearchIndex")]
    public partial class SearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqliteFullTextIndex.CreateSql(SearchTable.Commitments));
            migrationBuilder.Sql(SqliteFullTextIndex.CreateSql(SearchTable.Agreements));
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"CommitmentSearch\"");
            migrationBuilder.Sql("DROP TABLE \"AgreementSearch\"");
        }
    }
}
