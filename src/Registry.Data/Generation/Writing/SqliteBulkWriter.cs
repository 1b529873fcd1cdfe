using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Data.Generation.Writing;

/// <summary>
/// SQLite: one prepared INSERT per table, bound row after row, in one immediate transaction per batch. The write
/// lock that transaction holds makes MAX(Id) + 1 a safe first id.
/// </summary>
public sealed class SqliteBulkWriter(RegistrySettings settings) : IAgreementBatchWriter
{
    private readonly BatchLayout _layout = BatchLayout.For(settings);

    public string Name => "SQLite prepared inserts";

    public PreparedBatch Prepare(IReadOnlyList<Agreement> batch) => _layout.Lay(batch);

    public async Task WriteAsync(PreparedBatch batch, CancellationToken ct)
    {
        await using var db = settings.CreateContext();
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        // In WAL mode (EF creates SQLite databases so) NORMAL skips the sync on each commit and stays safe from corruption.
        Scalar(connection, null, "PRAGMA synchronous = NORMAL");
        await using var tx = connection.BeginTransaction(deferred: false);
        int[]? agreementIds = null;
        foreach (var table in batch.Tables)
        {
            var firstId = Convert.ToInt32(Scalar(connection, tx, $"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table.Shape.Table}\""));
            table.AssignIds(r => firstId + r, agreementIds);
            using var insert = new SqliteStatement(connection.Handle!, $"INSERT INTO \"{table.Shape.Table}\" " +
                $"({table.Shape.ColumnList}) VALUES ({string.Join(", ", table.Shape.Columns.Select(_ => "?"))})");
            foreach (var row in table.Rows) insert.Execute(row.Values);
            agreementIds ??= [.. Enumerable.Range(firstId, batch.Agreements.Count)];
        }
        await tx.CommitAsync(ct);
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        await using var db = settings.CreateContext();
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
    }

    private static object? Scalar(SqliteConnection connection, SqliteTransaction? tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
