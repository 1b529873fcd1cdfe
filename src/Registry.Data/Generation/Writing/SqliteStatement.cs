using System.Globalization;
using SQLitePCL;

namespace Registry.Data.Generation.Writing;

/// <summary>
/// A statement prepared once and bound by position. Microsoft.Data.Sqlite looks every parameter up by name on every
/// execution, which cost more than the insert itself at two million rows.
/// </summary>
public sealed class SqliteStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _stmt;

    public SqliteStatement(sqlite3 db, string sql)
    {
        _db = db;
        Check(raw.sqlite3_prepare_v2(db, sql, out _stmt));
    }

    /// <summary>Binds the values (1-based positions) the way Microsoft.Data.Sqlite stores them, runs and resets.</summary>
    public void Execute(ReadOnlySpan<object> values)
    {
        for (var i = 0; i < values.Length; i++)
            Check(values[i] switch
            {
                DBNull or null => raw.sqlite3_bind_null(_stmt, i + 1),
                int n => raw.sqlite3_bind_int64(_stmt, i + 1, n),
                long n => raw.sqlite3_bind_int64(_stmt, i + 1, n),
                bool b => raw.sqlite3_bind_int64(_stmt, i + 1, b ? 1 : 0),
                string s => raw.sqlite3_bind_text(_stmt, i + 1, s),
                DateOnly d => raw.sqlite3_bind_text(_stmt, i + 1, d.ToString("yyyy\\-MM\\-dd", CultureInfo.InvariantCulture)),
                var other => throw new NotSupportedException($"The SQLite bulk writer cannot bind a {other.GetType().Name}."),
            });
        var rc = raw.sqlite3_step(_stmt);
        raw.sqlite3_reset(_stmt);
        if (rc != raw.SQLITE_DONE) Check(rc);
    }

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
            throw new Microsoft.Data.Sqlite.SqliteException($"SQLite error {rc}: {raw.sqlite3_errmsg(_db).utf8_to_string()}", rc);
    }

    public void Dispose() => _stmt.Dispose();
}
