using System.Text.Json;
using Registry.Domain.Agreements;
using static Registry.Web.Ui.Text;

namespace Registry.Web.Agreements.Pages;

/// <summary>One save: when, who, why, and what it did, one item per kind of change ("Added · Party ×3").</summary>
public sealed record HistoryRow(DateTime At, string User, string? Reason, string Action, IReadOnlyList<HistoryItem> Items);

public sealed record HistoryItem(string Action, string Entity, int Count, IReadOnlyList<FieldChange> Fields);

public sealed record FieldChange(string Field, string Before, string After);

/// <summary>Reads the audit entries of one record into rows a person can scan: one row per save, newest first.</summary>
public static class HistoryRows
{
    private static readonly HashSet<string> Noise = ["Id", "AgreementId", "Version", "ReferenceKey"];

    public static IReadOnlyList<HistoryRow> From(IEnumerable<HistoryEntryDto> entries) =>
        [.. entries.GroupBy(e => (e.At, e.User, e.Reason)).OrderByDescending(g => g.Key.At)
            .Select(save => new HistoryRow(save.Key.At, save.Key.User, save.Key.Reason, Summary([.. save]), Items(save)))];

    private static List<HistoryItem> Items(IEnumerable<HistoryEntryDto> save)
    {
        var items = save.GroupBy(e => (e.Action, e.EntityType)).OrderBy(g => HistoryWords.Order(g.Key.EntityType))
            .Select(g => (Modified: g.Key.Action == "Modified", Item: new HistoryItem(L(HistoryWords.Action(g.Key.Action)),
                L(HistoryWords.Entity(g.Key.EntityType)), g.Count(), g.Key.Action == "Modified" ? [.. g.SelectMany(Fields)] : [])))
            .ToList();
        // A change of nothing but the version (as when an attachment is added) says nothing on its own.
        var telling = items.Where(i => !i.Modified || i.Item.Fields.Count > 0).Select(i => i.Item).ToList();
        return telling.Count > 0 ? telling : [.. items.Select(i => i.Item)];
    }

    private static string Summary(List<HistoryEntryDto> save) =>
        save.FirstOrDefault(e => e.EntityType == nameof(Agreement))?.Action switch
        {
            "Added" => L("Record created"),
            "Deleted" => L("Record deleted"),
            _ => L("Record changed"),
        };

    private static IEnumerable<FieldChange> Fields(HistoryEntryDto e) =>
        e.Changes.ValueKind != JsonValueKind.Object ? []
        : e.Changes.EnumerateObject().Where(p => !Noise.Contains(p.Name) && p.Value is { ValueKind: JsonValueKind.Array } v && v.GetArrayLength() == 2)
            .Select(p => new FieldChange(L(HistoryWords.Field(p.Name)),
                HistoryWords.Value(e.EntityType, p.Name, p.Value[0]), HistoryWords.Value(e.EntityType, p.Name, p.Value[1])));
}
