using System.Text.Json;
using Registry.Data.Search;
using static Registry.Web.Ui.Text;

namespace Registry.Web.Search.Pages;

/// <summary>One facet of the sidebar: its heading, its counted values, and the URL each value leads to.</summary>
public sealed record FacetGroup(string Key, string Title, IReadOnlyList<FacetCount> Values, Func<FacetCount, string> Show,
    Func<SearchUrl, FacetCount, bool> IsActive, Func<SearchUrl, FacetCount, SearchUrl> Choose)
{
    public static IReadOnlyList<FacetGroup> Of(SearchFacetSet f) =>
    [
        // Several bodies narrow to records that bind them all ("jointly with"), so a body adds to those chosen.
        new("body", L("Bodies"), f.Bodies, v => v.Label, (u, v) => u.Has("body", v.Key), (u, v) => u.Adding("body", v.Key)),
        new("year", L("Year of signing"), f.Years, v => v.Label, (u, v) => u["from"] == From(v.Key) && u["to"] == To(v.Key),
            (u, v) => u.With("from", From(v.Key)).With("to", To(v.Key))),
        Single(L("Kind"), "kind", f.Kinds, v => EnumWords(v.Key)),
        Single(L("Modality"), "modality", f.Modalities, v => EnumWords(v.Key)),
        Single(L("Topics"), "topic", f.Topics, v => v.Label),
        Single(L("UN resolutions"), "resolution", f.Resolutions, v => v.Label),
    ];

    public static string From(string year) => $"{year}-01-01";
    public static string To(string year) => $"{year}-12-31";

    /// <summary>"joint-position" or "JointPosition" → "Joint position", in the reader's language.</summary>
    public static string EnumWords(string value) => L(Words(JsonNamingPolicy.KebabCaseLower.ConvertName(value.Trim())));

    private static FacetGroup Single(string title, string key, IReadOnlyList<FacetCount> values, Func<FacetCount, string> show) =>
        new(key, title, values, show, (u, v) => string.Equals(u[key], v.Key, StringComparison.OrdinalIgnoreCase), (u, v) => u.With(key, v.Key));
}
