using Registry.Data.Database;

namespace Registry.Data.Search.Index;

/// <summary>
/// SQL Server: the stems and words in plain columns under a full-text index with the neutral word breaker and no
/// stop list, since they are stemmed already. SQL Server fills a full-text index in the background, so on this
/// provider a save becomes findable seconds later, not at commit. No SQL Server runs here: only the script is tested.
/// </summary>
public sealed class SqlServerFullTextIndex : FullTextIndex
{
    public static string CreateTableSql(SearchTable table) =>
        $"CREATE TABLE [{TableOf(table)}] ([Id] int NOT NULL CONSTRAINT [PK_{TableOf(table)}] PRIMARY KEY, " +
        "[Stems] nvarchar(max) NOT NULL, [Words] nvarchar(max) NOT NULL);";

    public const string CreateCatalogSql = "CREATE FULLTEXT CATALOG [RegistrySearch];";

    public static string CreateFullTextIndexSql(SearchTable table) =>
        $"CREATE FULLTEXT INDEX ON [{TableOf(table)}] ([Stems] LANGUAGE 0, [Words] LANGUAGE 0) " +
        $"KEY INDEX [PK_{TableOf(table)}] ON [RegistrySearch] WITH (CHANGE_TRACKING = AUTO, STOPLIST = OFF);";

    public override async Task ReplaceAsync(RegistryDbContext db, SearchTable table, IReadOnlyCollection<int> remove,
        IReadOnlyList<SearchDocument> add, CancellationToken ct)
    {
        var name = TableOf(table);
        foreach (var id in remove.Concat(add.Select(d => d.Id)).Distinct())
        {
            await using var delete = await CommandAsync(db, $"DELETE FROM [{name}] WHERE [Id] = @id", ct);
            Parameter(delete, "@id", id);
            await delete.ExecuteNonQueryAsync(ct);
        }
        foreach (var d in add)
        {
            await using var insert = await CommandAsync(db, $"INSERT INTO [{name}] ([Id], [Stems], [Words]) VALUES (@id, @stems, @words)", ct);
            Parameter(insert, "@id", d.Id);
            Parameter(insert, "@stems", d.Stems);
            Parameter(insert, "@words", d.Words);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    protected override (string Sql, object[] Parameters) MatchSql(string table, IndexQuery query)
    {
        var (predicate, conditions) = IndexSyntax.Contains(query, i => $"{{{i}}}");
        return ($"SELECT [Id] AS [Value] FROM [{table}] WHERE {predicate}", [.. conditions]);
    }

    public static string Placeholder(int i) => $"@fts{i}";

    public static string MatchSql(SearchTable table, string predicate) => $"SELECT [Id] FROM [{TableOf(table)}] WHERE {predicate};";

    public override async Task<List<int>> MatchAsync(RegistryDbContext db, SearchTable table, IndexQuery query, CancellationToken ct)
    {
        var (predicate, conditions) = IndexSyntax.Contains(query, Placeholder);
        await using var command = await CommandAsync(db, MatchSql(table, predicate), ct);
        for (var i = 0; i < conditions.Count; i++) Parameter(command, Placeholder(i), conditions[i]);
        return await IdsAsync(command, ct);
    }
}
