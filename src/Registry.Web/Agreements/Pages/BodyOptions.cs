using Registry.Data.Bodies;
using Registry.Domain.Bodies;
using static Registry.Web.Ui.Text;

namespace Registry.Web.Agreements.Pages;

public sealed record BodyOption(string Value, string Label);

public sealed record BodyOptionGroup(string Label, IReadOnlyList<BodyOption> Options);

/// <summary>The body filter's choices: organizations with their organs indented beneath, then states, then the rest.</summary>
public static class BodyOptions
{
    public static IReadOnlyList<BodyOptionGroup> From(IReadOnlyList<BodyDto> bodies)
    {
        var children = bodies.Where(b => b.ParentId is not null && bodies.Any(p => p.Id == b.ParentId))
            .ToLookup(b => b.ParentId!.Value);
        var tops = bodies.Where(b => !bodies.Any(p => p.Id == b.ParentId)).OrderBy(b => b.Abbreviation, StringComparer.CurrentCulture).ToList();
        List<BodyOption> Tree(IEnumerable<BodyDto> roots)
        {
            var list = new List<BodyOption>();
            void Walk(BodyDto b, int depth)
            {
                if (depth > bodies.Count) return;
                // Non-breaking spaces indent an organ under its parent; a select cannot nest deeper than one group.
                list.Add(new BodyOption(b.Abbreviation ?? "", new string('\u00a0', depth * 3) + Label(b)));
                foreach (var c in children[b.Id].OrderBy(c => c.Abbreviation, StringComparer.CurrentCulture)) Walk(c, depth + 1);
            }
            foreach (var r in roots) Walk(r, 0);
            return list;
        }
        return new[]
        {
            new BodyOptionGroup(L("Organizations and their organs"), Tree(tops.Where(b => b.Kind is BodyKind.InternationalOrganization))),
            new BodyOptionGroup(L("States"), Tree(tops.Where(b => b.Kind is BodyKind.State))),
            new BodyOptionGroup(L("Other bodies"), Tree(tops.Where(b => b.Kind is not (BodyKind.InternationalOrganization or BodyKind.State)))),
        }.Where(g => g.Options.Count > 0).ToList();
    }

    private static string Label(BodyDto b) =>
        b.Name is { Length: > 0 } name && name != b.Abbreviation ? $"{b.Abbreviation} — {Shorten(IsRussian ? b.NameRu ?? name : name)}" : b.Abbreviation ?? "";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57].TrimEnd() + "…";
}
