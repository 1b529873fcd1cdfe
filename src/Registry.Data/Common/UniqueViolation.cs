using Microsoft.EntityFrameworkCore;

namespace Registry.Data.Common;

public static class UniqueViolation
{
    /// <summary>SQLite's constraint code 19 (unique: 2067), PostgreSQL's 23505, SQL Server's 2601/2627.</summary>
    public static bool Is(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == "23505",
        Microsoft.Data.SqlClient.SqlException s => s.Number is 2601 or 2627,
        _ => false,
    };
}
