using Microsoft.EntityFrameworkCore;

namespace Registry.Data.Database;

/// <summary>
/// What each migrations project's IDesignTimeDbContextFactory returns: a context on that provider that never needs a
/// live server, so `dotnet ef migrations add|script --project migrations/X` works alone.
/// </summary>
public static class DesignTimeFactory
{
    public static RegistryDbContext Create(DatabaseProvider provider) => DatabaseSetup.CreateContext(provider,
        Environment.GetEnvironmentVariable("ConnectionStrings__Registry") ?? provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=design-time.db",
            DatabaseProvider.PostgreSql => "Host=localhost;Database=registry;Username=registry",
            _ => "Server=localhost;Database=registry;Trusted_Connection=True;TrustServerCertificate=True",
        });
}
