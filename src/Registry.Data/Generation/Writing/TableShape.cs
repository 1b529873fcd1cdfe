using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Registry.Data.Generation.Writing;

/// <summary>
/// One table as the EF model maps it: its columns, and how to read each provider value from a domain object. Taken from
/// the model, so the bulk writers follow whatever the configurations say (names, enum strings, JSON or array lists).
/// </summary>
public sealed class TableShape
{
    private TableShape(IEntityType type)
    {
        Table = type.GetTableName()!;
        Columns = [.. type.GetProperties().Select(p => new TableColumn(p))];
    }

    public string Table { get; }
    public IReadOnlyList<TableColumn> Columns { get; }
    public int IdIndex => Columns.ToList().FindIndex(c => c.IsId);
    /// <summary>The column holding the owning agreement's id, or -1 for the agreements' own table.</summary>
    public int AgreementIdIndex => Columns.ToList().FindIndex(c => c.IsAgreementId);

    public static TableShape Of(IEntityType type) => new(type);

    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));
}
