using Microsoft.EntityFrameworkCore;
using Npgsql;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Data.Generation.Writing;

/// <summary>
/// PostgreSQL: binary COPY per table, one transaction per batch. Each table is locked against other writers (readers
/// go on) while the batch takes a range of ids from its identity sequence, so no insert elsewhere can take the same.
/// </summary>
public sealed class PostgresBulkWriter(RegistrySettings settings) : IAgreementBatchWriter
{
    private readonly BatchLayout _layout = BatchLayout.For(settings);
    private bool? _superuser;

    public string Name => _superuser == true ? "PostgreSQL binary COPY (FK triggers off)" : "PostgreSQL binary COPY";

    public PreparedBatch Prepare(IReadOnlyList<Agreement> batch) => _layout.Lay(batch);

    public async Task WriteAsync(PreparedBatch batch, CancellationToken ct)
    {
        await using var db = settings.CreateContext();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        _superuser ??= (bool)(await Scalar(connection, "SELECT rolsuper FROM pg_roles WHERE rolname = current_user", ct))!;
        await using var tx = await connection.BeginTransactionAsync(ct);
        // As pg_restore --disable-triggers does: the foreign-key checks, one query per row, took half the time. Every
        // reference is known to exist: parents are in this batch, bodies, people and resolutions were loaded first.
        if (_superuser == true) await Scalar(connection, "SET LOCAL session_replication_role = replica", ct);
        int[]? agreementIds = null;
        foreach (var table in batch.Tables)
        {
            var firstId = await ReserveIdsAsync(connection, table.Shape.Table, table.Rows.Count, ct);
            table.AssignIds(r => firstId + r, agreementIds);
            var writers = table.Shape.Columns.Select(c => CopyColumn.For(c.StoreType)).ToArray();
            await using (var copy = await connection.BeginBinaryImportAsync(
                $"COPY \"{table.Shape.Table}\" ({table.Shape.ColumnList}) FROM STDIN (FORMAT BINARY)", ct))
            {
                foreach (var row in table.Rows)
                {
                    copy.StartRow();
                    for (var c = 0; c < writers.Length; c++)
                        if (row.Values[c] is DBNull) copy.WriteNull(); else writers[c](copy, row.Values[c]);
                }
                await copy.CompleteAsync(ct);
            }
            agreementIds ??= [.. Enumerable.Range(firstId, batch.Agreements.Count)];
        }
        await tx.CommitAsync(ct);
    }

    public async Task FinishAsync(CancellationToken ct)
    {
        await using var db = settings.CreateContext();
        var analyze = "ANALYZE " + string.Join(", ", _layout.Tables.Select(t => '"' + t + '"'));
        await db.Database.ExecuteSqlRawAsync(analyze, ct);
    }

    /// <summary>Locks out other writers till commit, then moves the sequence past the ids this batch takes.</summary>
    private static async Task<int> ReserveIdsAsync(NpgsqlConnection connection, string table, int count, CancellationToken ct)
    {
        await Scalar(connection, $"LOCK TABLE \"{table}\" IN SHARE ROW EXCLUSIVE MODE", ct);
        var sequence = $"pg_get_serial_sequence('\"{table}\"', 'Id')";
        var first = await Scalar(connection, $"SELECT GREATEST(nextval({sequence}), (SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM \"{table}\"))::int", ct);
        await Scalar(connection, $"SELECT setval({sequence}, {(int)first! + count - 1})", ct);
        return (int)first;
    }

    private static async Task<object?> Scalar(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(ct);
    }
}
