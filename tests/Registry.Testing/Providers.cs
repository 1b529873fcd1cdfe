using Xunit;
using Registry.Data.Database;

namespace Registry.Testing;

/// <summary>The databases every data test runs on: the embedded default and a real PostgreSQL server.</summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> Live => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    public static TheoryData<DatabaseProvider> All => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql, DatabaseProvider.SqlServer };
}
