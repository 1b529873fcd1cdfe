using Microsoft.EntityFrameworkCore;

namespace Registry.Data.Database;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}

public static class DatabaseSetup
{
    public static string MigrationsAssembly(DatabaseProvider provider) => $"Registry.Migrations.{provider}";

    public static DbContextOptionsBuilder<RegistryDbContext> UseRegistryDatabase(this DbContextOptionsBuilder<RegistryDbContext> builder,
        DatabaseProvider provider, string connectionString)
    {
        ((DbContextOptionsBuilder)builder).UseRegistryDatabase(provider, connectionString);
        return builder;
    }

    public static DbContextOptionsBuilder UseRegistryDatabase(this DbContextOptionsBuilder builder,
        DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.Sqlite => builder.UseSqlite(connectionString,
            o => o.MigrationsAssembly(MigrationsAssembly(provider))).AddInterceptors(SqliteReadTuning.Instance),
        DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString,
            o => o.MigrationsAssembly(MigrationsAssembly(provider))),
        DatabaseProvider.SqlServer => builder.UseSqlServer(connectionString,
            o => o.MigrationsAssembly(MigrationsAssembly(provider))),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Use Sqlite, PostgreSql or SqlServer."),
    };

    public static RegistryDbContext CreateContext(DatabaseProvider provider, string connectionString, AuditScope? audit = null) =>
        new(new DbContextOptionsBuilder<RegistryDbContext>().UseRegistryDatabase(provider, connectionString).Options,
            audit ?? AuditScope.System);

    public static DatabaseProvider ParseProvider(string? text) =>
        string.IsNullOrWhiteSpace(text) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(text, ignoreCase: true, out var p) ? p
        : throw new InvalidOperationException(
            $"Registry:Database:Provider is '{text}'; it must be Sqlite, PostgreSql or SqlServer.");
}
