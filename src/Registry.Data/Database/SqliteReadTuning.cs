using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Registry.Data.Database;

/// <summary>
/// Reads the SQLite file through memory mapping and keeps a larger page cache per connection: a common search
/// word's index pages are then read in place, not copied into the cache on every search.
/// </summary>
public sealed class SqliteReadTuning : DbConnectionInterceptor
{
    public static readonly SqliteReadTuning Instance = new();

    private const string Pragmas = "PRAGMA mmap_size = 2147483648; PRAGMA cache_size = -65536;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken ct = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }
}
