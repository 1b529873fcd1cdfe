using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Registry.Data.Database;
using Registry.Data.Search.Index;

#nullable disable

namespace Registry.Migrations.PostgreSql.Migrations
{
    /// <summary>The tsvector tables and GIN indexes behind commitment and agreement search.</summary>
    [DbContext(typeof(RegistryDbContext))]
    [Migration("20261128071000_SearchIndex")]
    public partial class SearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PostgresFullTextIndex.CreateSql(SearchTable.Commitments));
            migrationBuilder.Sql(PostgresFullTextIndex.CreateSql(SearchTable.Agreements));
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE \"CommitmentSearch\"");
            migrationBuilder.Sql("DROP TABLE \"AgreementSearch\"");
        }
    }
}
