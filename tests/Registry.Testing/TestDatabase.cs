using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;

namespace Registry.Testing;

/// <summary>A fresh, migrated database on one provider, with its own data directory; dropped on dispose.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(RegistrySettings settings) => Settings = settings;

    public RegistrySettings Settings { get; }
    public DatabaseProvider Provider => Settings.Provider;

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        var dir = Directory.CreateTempSubdirectory("registry-test-").FullName;
        var connection = provider switch
        {
            DatabaseProvider.Sqlite => $"Data Source={Path.Combine(dir, "registry.db")};Pooling=False",
            DatabaseProvider.PostgreSql => await PostgresCluster.CreateDatabaseAsync(),
            _ => throw new NotSupportedException($"No {provider} server can run here; its migrations are checked by script parsing."),
        };
        var db = new TestDatabase(new RegistrySettings { Provider = provider, ConnectionString = connection, DataDirectory = dir });
        if (migrate)
        {
            await using var context = db.Context();
            await context.Database.MigrateAsync();
        }
        return db;
    }

    public RegistryDbContext Context(string user = "test") => Settings.CreateContext(new AuditScope { User = user });

    public async ValueTask DisposeAsync()
    {
        if (Provider == DatabaseProvider.PostgreSql) await PostgresCluster.DropDatabaseAsync(Settings.EffectiveConnectionString);
        try { Directory.Delete(Settings.DataDirectory, recursive: true); } catch (IOException) { }
    }
}
