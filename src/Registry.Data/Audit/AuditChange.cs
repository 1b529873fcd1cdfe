using System.Text.Json;

namespace Registry.Data.Audit;

/// <summary>One property's change in an audit entry, its values as display text (null when there was none).</summary>
public sealed record AuditChange(string Property, string? Before, string? After)
{
    /// <summary>
    /// Reads the stored <c>{ property: [before, after] }</c>; anything else yields no changes. The entries keep enums as
    /// numbers, so <paramref name="enumOf"/> names a property's enum type, if it has one, to show the value by name.
    /// </summary>
    public static IReadOnlyList<AuditChange> Parse(string json, Func<string, Type?> enumOf)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return [];
            return [.. doc.RootElement.EnumerateObject()
                .Where(p => p.Value.ValueKind == JsonValueKind.Array && p.Value.GetArrayLength() == 2)
                .Select(p => (p.Name, Enum: enumOf(p.Name), p.Value))
                .Select(p => new AuditChange(p.Name, Show(p.Value[0], p.Enum), Show(p.Value[1], p.Enum)))];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    private static string? Show(JsonElement value, Type? enumType) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when enumType is not null && value.TryGetInt32(out var n) => Enum.ToObject(enumType, n).ToString(),
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => Show(v, enumType))),
        _ => value.GetRawText(),
    };
}
