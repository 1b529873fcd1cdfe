using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using SQLitePCL;

namespace Registry.Data.Search.Index;

/// <summary>FTS5, contentless (the text lives in its own table) with deletes allowed; the rowid is the record's id.</summary>
public sealed class SqliteFullTextIndex : FullTextIndex
{
    public static string CreateSql(SearchTable table) =>
        $"CREATE VIRTUAL TABLE \"{TableOf(table)}\" USING fts5(Stems, Words, content='', contentless_delete=1, " +
        // Tokens arrive lower-cased and split already; remove_diacritics 0 keeps them as PostgreSQL keeps them.
        "tokenize='unicode61 remove_diacritics 0')";

    public override async Task ReplaceAsync(RegistryDbContext db, SearchTable table, IReadOnlyCollection<int> remove,
        IReadOnlyList<SearchDocument> add, CancellationToken ct)
    {
        var name = TableOf(table);
        if (remove.Count > 0)
        {
            await using var delete = await CommandAsync(db, $"DELETE FROM \"{name}\" WHERE rowid = $id", ct);
            var id = Parameter(delete, "$id", 0);
            foreach (var r in remove)
            {
                id.Value = r;
                await delete.ExecuteNonQueryAsync(ct);
            }
        }
        if (add.Count == 0) return;
        await using var insert = await CommandAsync(db, $"INSERT INTO \"{name}\" (rowid, Stems, Words) VALUES ($id, $stems, $words)", ct);
        var (pid, pstems, pwords) = (Parameter(insert, "$id", 0), Parameter(insert, "$stems", ""), Parameter(insert, "$words", ""));
        foreach (var d in add)
        {
            (pid.Value, pstems.Value, pwords.Value) = (d.Id, d.Stems, d.Words);
            await insert.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task<List<int>> MatchAsync(RegistryDbContext db, SearchTable table, IndexQuery query, CancellationToken ct)
    {
        var name = TableOf(table);
        await db.Database.OpenConnectionAsync(ct);
        var handle = ((SqliteConnection)db.Database.GetDbConnection()).Handle!;
        // One row holding every id, read in place: a common word matches a third of a million commitments, and
        // handing each back as a row cost four times as long as the match itself.
        Check(handle, raw.sqlite3_prepare_v2(handle, $"SELECT group_concat(rowid) FROM \"{name}\" WHERE \"{name}\" MATCH ?", out var statement));
        using (statement)
        {
            Check(handle, raw.sqlite3_bind_text(statement, 1, IndexSyntax.Fts5(query)));
            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_ROW) Check(handle, rc);
            return ParseIds(raw.sqlite3_column_blob(statement, 0));
        }
    }

    private static List<int> ParseIds(ReadOnlySpan<byte> text)
    {
        var ids = new List<int>(text.Length / 6);
        var n = 0;
        foreach (var b in text)
        {
            if (b == (byte)',') { ids.Add(n); n = 0; }
            else n = n * 10 + (b - (byte)'0');
        }
        if (text.Length > 0) ids.Add(n);
        return ids;
    }

    protected override (string Sql, object[] Parameters) MatchSql(string table, IndexQuery query) =>
        ($"SELECT rowid AS \"Value\" FROM \"{table}\" WHERE \"{table}\" MATCH {{0}}", [IndexSyntax.Fts5(query)]);

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE))
            throw new SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(handle).utf8_to_string()}", rc);
    }

    public override async Task BeginRebuildAsync(RegistryDbContext db, CancellationToken ct)
    {
        foreach (var table in Enum.GetValues<SearchTable>())
        {
            await using var command = await CommandAsync(db, $"INSERT INTO \"{TableOf(table)}\" (\"{TableOf(table)}\") VALUES ('delete-all')", ct);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    public override async Task EndRebuildAsync(RegistryDbContext db, CancellationToken ct)
    {
        // Merges the segments a bulk load leaves behind, so queries read one b-tree per table.
        foreach (var table in Enum.GetValues<SearchTable>())
        {
            await using var command = await CommandAsync(db, $"INSERT INTO \"{TableOf(table)}\" (\"{TableOf(table)}\") VALUES ('optimize')", ct);
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
