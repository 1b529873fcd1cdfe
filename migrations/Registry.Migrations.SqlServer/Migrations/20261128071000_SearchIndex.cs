using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Registry.Data.Database;
using Registry.Data.Search.Index;

#nullable disable

namespace Registry.Migrations.SqlServer.Migrations
{
    /// <summary>The tables behind commitment and agreement search, with a full-text index each.</summary>
    [DbContext(typeof(RegistryDbContext))]
    [Migration("20261128071000_SearchIndex")]
    public partial class SearchIndex : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(SqlServerFullTextIndex.CreateTableSql(SearchTable.Commitments));
            migrationBuilder.Sql(SqlServerFullTextIndex.CreateTableSql(SearchTable.Agreements));
            // Full-text statements may not run inside a user transaction.
            migrationBuilder.Sql(SqlServerFullTextIndex.CreateCatalogSql, suppressTransaction: true);
            migrationBuilder.Sql(SqlServerFullTextIndex.CreateFullTextIndexSql(SearchTable.Commitments), suppressTransaction: true);
            migrationBuilder.Sql(SqlServerFullTextIndex.CreateFullTextIndexSql(SearchTable.Agreements), suppressTransaction: true);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON [CommitmentSearch];", suppressTransaction: true);
            migrationBuilder.Sql("DROP FULLTEXT INDEX ON [AgreementSearch];", suppressTransaction: true);
            migrationBuilder.Sql("DROP FULLTEXT CATALOG [RegistrySearch];", suppressTransaction: true);
            migrationBuilder.Sql("DROP TABLE [CommitmentSearch];");
            migrationBuilder.Sql("DROP TABLE [AgreementSearch];");
        }
    }
}
