using Microsoft.EntityFrameworkCore;

namespace Registry.Data.Common;

/// <summary>Recognises a unique-index violation on each provider and names the API field it guards.</summary>
public static class UniqueViolation
{
    private static readonly (string Index, string Field, string Message)[] Known =
    [
        ("ReferenceKey", "referenceNumber", "referenceNumber is already used by another agreement."),
        ("Abbreviation", "abbreviation", "abbreviation is already used by another body."),
        ("UnResolutions_Symbol", "symbol", "this UN resolution is already in the catalogue."),
        ("EmailKey", "email", "a user with this e-mail exists already."),
    ];

    /// <summary>SQLite's extended code 2067/1555, PostgreSQL's 23505, SQL Server's 2601/2627.</summary>
    public static bool Is(DbUpdateException e) => e.InnerException switch
    {
        Microsoft.Data.Sqlite.SqliteException s => s.SqliteExtendedErrorCode is 2067 or 1555,
        Npgsql.PostgresException p => p.SqlState == "23505",
        Microsoft.Data.SqlClient.SqlException s => s.Number is 2601 or 2627,
        _ => false,
    };

    /// <summary>The field and message for a violation; a clash on an inner row reads as a concurrent change.</summary>
    public static ConflictException ToConflict(DbUpdateException e)
    {
        var text = e.InnerException is Npgsql.PostgresException p ? p.ConstraintName ?? p.Message : e.InnerException?.Message ?? "";
        foreach (var (index, field, message) in Known)
            if (text.Contains(index, StringComparison.OrdinalIgnoreCase)) return new ConflictException(field, message);
        return new ConflictException("version", "Someone else saved a clashing change at the same moment. Reload and apply your change again.");
    }
}
