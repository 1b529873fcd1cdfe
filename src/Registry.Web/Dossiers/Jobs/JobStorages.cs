using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Hangfire.Storage.SQLite;
using Registry.Data.Database;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// The job queue lives on the registry's own engine. PostgreSQL and SQL Server keep it in a schema of their own in
/// the registry's database. SQLite keeps it in a file of its own beside registry.db: that storage is durable but
/// meant for one process, since two processes sharing the file may both run a job; print jobs are idempotent, so
/// such a double run costs time, never a second PDF.
/// </summary>
public static class JobStorages
{
    public const string SqliteFile = "hangfire.db";

    public static JobStorage Create(RegistrySettings settings) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => new SQLiteStorage(Path.Combine(Path.GetFullPath(settings.DataDirectory), SqliteFile),
            new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromSeconds(1), InvisibilityTimeout = TimeSpan.FromMinutes(5) }),
        DatabaseProvider.PostgreSql => PostgreSql(settings.EffectiveConnectionString),
        DatabaseProvider.SqlServer => new SqlServerStorage(
            () => new Microsoft.Data.SqlClient.SqlConnection(settings.EffectiveConnectionString),
            new SqlServerStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = true }),
        _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Use Sqlite, PostgreSql or SqlServer."),
    };

    private static PostgreSqlStorage PostgreSql(string connectionString)
    {
        var options = new PostgreSqlStorageOptions
        {
            SchemaName = "hangfire",
            PrepareSchemaIfNecessary = true,
            QueuePollInterval = TimeSpan.FromSeconds(1),
            // A job whose process died is picked up again after this long; a live one keeps extending it.
            InvisibilityTimeout = TimeSpan.FromMinutes(5),
            UseSlidingInvisibilityTimeout = true,
        };
        return new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);
    }
}
