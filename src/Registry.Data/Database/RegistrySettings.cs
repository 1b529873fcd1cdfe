namespace Registry.Data.Database;

/// <summary>
/// Where the registry keeps its data. Bound from configuration (Registry__Database__Provider,
/// ConnectionStrings__Registry, Registry__DataDirectory …) by the web app and read from the environment by the CLI.
/// </summary>
public sealed class RegistrySettings
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }
    public string DataDirectory { get; set; } = "./data";

    public string EffectiveConnectionString => !string.IsNullOrWhiteSpace(ConnectionString) ? ConnectionString
        : Provider == DatabaseProvider.Sqlite ? $"Data Source={Path.Combine(Path.GetFullPath(DataDirectory), "registry.db")}"
        : throw new InvalidOperationException($"ConnectionStrings__Registry is required for the {Provider} provider.");

    public static RegistrySettings FromEnvironment() => new()
    {
        Provider = DatabaseSetup.ParseProvider(Environment.GetEnvironmentVariable("Registry__Database__Provider")),
        ConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Registry"),
        DataDirectory = Environment.GetEnvironmentVariable("Registry__DataDirectory") is { Length: > 0 } d ? d : "./data",
    };

    public RegistryDbContext CreateContext(AuditScope? audit = null)
    {
        Directory.CreateDirectory(DataDirectory);
        return DatabaseSetup.CreateContext(Provider, EffectiveConnectionString, audit);
    }
}
