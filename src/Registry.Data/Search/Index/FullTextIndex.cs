using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Registry.Data.Database;

namespace Registry.Data.Search.Index;

/// <summary>The two things searched: commitments, and agreements (titles, summary, full texts).</summary>
public enum SearchTable { Commitments, Agreements }

/// <summary>
/// The database's own full-text engine behind one interface: FTS5 on SQLite, tsvector and GIN on PostgreSQL, a
/// full-text index on SQL Server. Rows are written on the caller's connection and transaction, so the index
/// changes in the same transaction as the data it describes.
/// </summary>
public abstract class FullTextIndex
{
    public static FullTextIndex For(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteFullTextIndex(),
        DatabaseProvider.PostgreSql => new PostgresFullTextIndex(),
        _ => new SqlServerFullTextIndex(),
    };

    public static string TableOf(SearchTable table) => table == SearchTable.Commitments ? "CommitmentSearch" : "AgreementSearch";

    /// <summary>Removes the rows of <paramref name="remove"/>, then stores <paramref name="add"/>.</summary>
    public abstract Task ReplaceAsync(RegistryDbContext db, SearchTable table, IReadOnlyCollection<int> remove,
        IReadOnlyList<SearchDocument> add, CancellationToken ct);

    /// <summary>The ids of every row the query matches, in no particular order.</summary>
    public abstract Task<List<int>> MatchAsync(RegistryDbContext db, SearchTable table, IndexQuery query, CancellationToken ct);

    /// <summary>The matching ids as a query EF Core can compose into a larger one (as IN (…)), nothing read yet.</summary>
    public IQueryable<int> MatchQuery(RegistryDbContext db, SearchTable table, IndexQuery query)
    {
        var (sql, parameters) = MatchSql(TableOf(table), query);
        return db.Database.SqlQueryRaw<int>(sql, parameters);
    }

    /// <summary>SELECT … AS "Value" with {0}-style placeholders, as SqlQueryRaw takes them.</summary>
    protected abstract (string Sql, object[] Parameters) MatchSql(string table, IndexQuery query);

    /// <summary>Empties the table before a full rebuild, and prepares it for a bulk load.</summary>
    public virtual Task BeginRebuildAsync(RegistryDbContext db, CancellationToken ct) => Task.CompletedTask;

    public virtual Task EndRebuildAsync(RegistryDbContext db, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Upkeep that must run outside a transaction, once a rebuild has committed.</summary>
    public virtual Task TidyAsync(RegistryDbContext db, CancellationToken ct) => Task.CompletedTask;

    protected static async Task<DbCommand> CommandAsync(RegistryDbContext db, string sql, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return command;
    }

    protected static DbParameter Parameter(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
        return p;
    }

    protected static async Task<List<int>> IdsAsync(DbCommand command, CancellationToken ct)
    {
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt32(0));
        return ids;
    }
}
