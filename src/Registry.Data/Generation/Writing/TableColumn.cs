using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Registry.Data.Database;
using Registry.Domain.Agreements;
using Registry.Domain.Common;

namespace Registry.Data.Generation.Writing;

/// <summary>A column and how to fill it for a row whose ids the writer has assigned.</summary>
public sealed class TableColumn
{
    private readonly Func<object, object?> _read;

    public TableColumn(IProperty property)
    {
        Name = property.GetColumnName();
        Mapping = (RelationalTypeMapping)property.GetTypeMapping();
        // The store type without its facets, e.g. "character varying" for "character varying(300)".
        StoreType = System.Text.RegularExpressions.Regex.Replace(property.GetColumnType(), @"\(\d+(,\s*\d+)?\)", "");
        var getter = property.IsShadowProperty() ? null : property.GetGetter();
        _read = property.Name switch
        {
            RegistryDbContext.SortDateColumn when property.DeclaringType.ClrType == typeof(Agreement) => e => RegistryDbContext.SortDateOf((Agreement)e),
            _ when getter is not null => getter.GetClrValueUsingContainingEntity,
            _ => throw new NotSupportedException($"The bulk writer cannot fill the shadow property {property.DeclaringType.ClrType.Name}.{property.Name}."),
        };
        IsId = property.Name == "Id";
        IsAgreementId = property.Name == nameof(AgreementPart.AgreementId) && typeof(AgreementPart).IsAssignableFrom(property.DeclaringType.ClrType);
    }

    public string Name { get; }
    public string StoreType { get; }
    public RelationalTypeMapping Mapping { get; }
    public bool IsId { get; }
    public bool IsAgreementId { get; }

    /// <summary>The provider value; the id columns get theirs from the writer, which assigns the ids.</summary>
    public object Read(object entity)
    {
        if (IsId || IsAgreementId) return 0;
        var value = _read(entity);
        if (value is null || Mapping.Converter is not { } converter) return value ?? DBNull.Value;
        // Lists of none or one element repeat endlessly ([], ["internet"], [12]): convert each once, not per row to JSON.
        if (value is System.Collections.IList { Count: <= 1 } list)
        {
            var key = list.Count == 0 ? EmptyKey : list[0]!;
            if (!_converted.TryGetValue(key, out var stored)) _converted[key] = stored = converter.ConvertToProvider(value)!;
            return stored;
        }
        return converter.ConvertToProvider(value) ?? DBNull.Value;
    }

    private static readonly object EmptyKey = new();
    private readonly Dictionary<object, object> _converted = [];
}
