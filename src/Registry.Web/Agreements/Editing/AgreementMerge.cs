using System.Text.Json;
using System.Text.Json.Nodes;
using Registry.Data.Agreements;
using Registry.Data.Common;

namespace Registry.Web.Agreements.Editing;

/// <summary>One top-level field of a record as the three versions of a conflicting save have it.</summary>
public sealed record MergeField(string Field, string Theirs, string Mine, bool Conflict)
{
    /// <summary>For a conflict: true keeps the user's own value, false takes the one saved in the meantime.</summary>
    public bool KeepMine { get; set; } = true;
}

/// <summary>
/// Three-way merge for a stale save: fields only the other editor changed take their value, fields only this
/// editor changed keep this editor's, and fields both changed differently are conflicts for the user to decide.
/// Lists (parties, commitments …) count as one field each.
/// </summary>
public static class AgreementMerge
{
    private static readonly HashSet<string> Ignored = ["id", "version", "isGenerated", "correctionReason", "relatedBy", "attachments", "depositaryId"];

    public static IReadOnlyList<MergeField> Compare(AgreementDto original, AgreementDto mine, AgreementDto theirs)
    {
        var (b, m, t) = (Node(original), Node(mine), Node(theirs));
        var fields = new List<MergeField>();
        foreach (var name in t.Select(p => p.Key).Where(k => !Ignored.Contains(k)))
        {
            var (bv, mv, tv) = (Json(b[name]), Json(m[name]), Json(t[name]));
            if (tv == bv || tv == mv) continue;
            fields.Add(new MergeField(name, Show(t[name]), Show(m[name]), Conflict: mv != bv));
        }
        return fields;
    }

    /// <summary>The user's record rebased on the current one, ready to save with the current version.</summary>
    public static AgreementDto Apply(AgreementDto mine, AgreementDto theirs, IEnumerable<MergeField> fields)
    {
        var merged = Node(mine);
        var current = Node(theirs);
        foreach (var f in fields.Where(f => !f.Conflict || !f.KeepMine))
            merged[f.Field] = current[f.Field]?.DeepClone();
        return merged.Deserialize<AgreementDto>(RegistryJson.Options)! with { Version = theirs.Version, CorrectionReason = mine.CorrectionReason };
    }

    private static JsonObject Node(AgreementDto dto) => JsonSerializer.SerializeToNode(dto, RegistryJson.Options)!.AsObject();

    private static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";

    /// <summary>A value as a person reads it: a list shows the first words of each entry.</summary>
    private static string Show(JsonNode? node) => node switch
    {
        null => "—",
        JsonArray { Count: 0 } => "—",
        JsonArray a => string.Join("; ", a.Select(e => e is JsonObject o
            ? o.Select(p => p.Value).OfType<JsonValue>().Select(v => v.ToString()).FirstOrDefault(s => s.Length > 1) ?? "…"
            : e?.ToString() ?? "")),
        JsonObject o => string.Join(", ", o.Select(p => p.Value?.ToString()).Where(s => !string.IsNullOrEmpty(s))),
        _ => node.ToString(),
    };
}
