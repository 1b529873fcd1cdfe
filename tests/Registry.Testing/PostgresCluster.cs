using Npgsql;

namespace Registry.Testing;

/// <summary>
/// The PostgreSQL server the tests use: the one named by REGISTRY_TEST_POSTGRES, or else a throwaway
/// PostgreSQL 15 cluster started once per process. Each test gets its own database on it.
/// </summary>
public static class PostgresCluster
{
    public const string EnvironmentVariable = "REGISTRY_TEST_POSTGRES";

    /// <summary>More postmaster options for the throwaway cluster, e.g. "-c shared_buffers=2GB" for a benchmark.</summary>
    public const string OptionsVariable = "REGISTRY_TEST_POSTGRES_OPTIONS";

    private static readonly Lazy<Task<string>> Server = new(ResolveServer, LazyThreadSafetyMode.ExecutionAndPublication);

    /// Connection string of the server: REGISTRY_TEST_POSTGRES env var if set, else a cluster started once per process (lazy, thread-safe).
    public static Task<string> GetServerConnectionStringAsync() => Server.Value;

    /// Creates a new empty database with a unique name on that server and returns its connection string.
    public static async Task<string> CreateDatabaseAsync(string prefix = "registry_test")
    {
        if (prefix.Length is 0 or > 30 || !prefix.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'))
        {
            throw new ArgumentException("Use 1 to 30 lowercase letters, digits or underscores.", nameof(prefix));
        }

        var server = await GetServerConnectionStringAsync();
        var name = $"{prefix}_{Guid.NewGuid():N}";
        // template0 is never connected to, so concurrent CREATE DATABASE calls cannot collide on it.
        await ExecuteAsync(server, $"CREATE DATABASE {Quote(name)} TEMPLATE template0");
        return new NpgsqlConnectionStringBuilder(server)
        {
            Database = name,
            Pooling = true,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    /// Drops a database created above (best effort; terminates connections first with WITH (FORCE)).
    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        var server = await GetServerConnectionStringAsync();
        if (string.IsNullOrEmpty(name)
            || name is "postgres" or "template0" or "template1"
            || name == new NpgsqlConnectionStringBuilder(server).Database)
        {
            throw new ArgumentException($"Refusing to drop database '{name}': it was not made by CreateDatabaseAsync.", nameof(connectionString));
        }

        using (var pooled = new NpgsqlConnection(connectionString))
        {
            NpgsqlConnection.ClearPool(pooled);
        }

        try
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {Quote(name)} WITH (FORCE)");
        }
        catch (NpgsqlException)
        {
            // Best effort: the throwaway cluster disappears at process exit anyway.
        }
    }

    private static Task<string> ResolveServer()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(configured)
            ? Task.Run(() => LocalPostgresServer.Start().ConnectionString)
            : Task.FromResult(configured);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Quote(string identifier) => $"\"{identifier.Replace("\"", "\"\"")}\"";
}
