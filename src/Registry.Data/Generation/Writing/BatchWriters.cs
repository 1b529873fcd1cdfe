using Registry.Data.Database;

namespace Registry.Data.Generation.Writing;

/// <summary>
/// Picks the fastest writer for the provider. EF Core managed about 10,000 rows a second on SQLite (100,000 agreements
/// are some 2.3 million rows), so SQLite and PostgreSQL get ADO.NET bulk writers; SQL Server keeps EF Core.
/// </summary>
public static class BatchWriters
{
    public static IAgreementBatchWriter For(RegistrySettings settings) => settings.Provider switch
    {
        DatabaseProvider.Sqlite => new SqliteBulkWriter(settings),
        DatabaseProvider.PostgreSql => new PostgresBulkWriter(settings),
        _ => new EfBatchWriter(settings),
    };
}
