using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Registry.Data.Search.Index;
using Registry.Domain.Search;

namespace Registry.Data.Tests.Search;

/// <summary>No SQL Server runs here: its full-text index and queries are checked by the T-SQL parser.</summary>
public sealed class SqlServerSearchTests
{
    [Fact]
    public void The_migration_creates_a_full_text_catalog_and_an_index_on_both_search_tables()
    {
        using var db = DesignTimeFactory.Create(DatabaseProvider.SqlServer);
        var script = db.GetService<IMigrator>().GenerateScript();

        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(script), out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        var found = new FullTextStatements();
        fragment.Accept(found);
        Assert.Equal(["RegistrySearch"], found.Catalogs);
        Assert.Equal(["AgreementSearch", "CommitmentSearch"], found.Indexes.Order());
    }

    [Theory]
    [InlineData("terrorism")]
    [InlineData("\"collective measures\" financ* -Internet")]
    [InlineData("extremism OR терроризму \"anti-terrorist coalition\"")]
    public void A_query_becomes_CONTAINS_predicates_that_parse(string q)
    {
        var (predicate, conditions) = IndexSyntax.Contains(IndexQuery.From(SearchQuery.Parse(q)), SqlServerFullTextIndex.Placeholder);
        var sql = string.Join("\n", conditions.Select((c, i) => $"DECLARE {SqlServerFullTextIndex.Placeholder(i)} nvarchar(4000) = N'{c}';"))
            + "\n" + SqlServerFullTextIndex.MatchSql(SearchTable.Commitments, predicate);

        var fragment = new TSql160Parser(initialQuotedIdentifiers: true).Parse(new StringReader(sql), out var errors);

        Assert.Empty(errors.Select(e => $"line {e.Line}: {e.Message}"));
        var predicates = new FullTextStatements();
        fragment.Accept(predicates);
        Assert.Equal(conditions.Count, predicates.Predicates);
    }

    private sealed class FullTextStatements : TSqlFragmentVisitor
    {
        public List<string> Catalogs { get; } = [];
        public List<string> Indexes { get; } = [];
        public int Predicates { get; private set; }

        public override void Visit(CreateFullTextCatalogStatement node) => Catalogs.Add(node.Name.Value);
        public override void Visit(CreateFullTextIndexStatement node) => Indexes.Add(node.OnName.BaseIdentifier.Value);
        public override void Visit(FullTextPredicate node) => Predicates++;
    }
}
