using Registry.Data.Search.Facts;
using Registry.Domain.Agreements;

namespace Registry.Data.Search;

/// <summary>Counts the hits per facet value into arrays as they are found, then names the values counted.</summary>
public sealed class FacetTally(TopicTable topics)
{
    private int[] _bodies = new int[1024];
    private readonly int[] _years = new int[10_000];
    private readonly int[] _kinds = new int[Enum.GetValues<AgreementKind>().Max(k => (int)k) + 1];
    private readonly int[] _modalities = new int[Enum.GetValues<Modality>().Max(m => (int)m) + 1];
    private int[] _topics = new int[64];
    private int[] _resolutions = new int[256];

    /// <summary>One hit: a commitment passes its one modality, an agreement those of all its commitments.</summary>
    public void Add(int[] bodies, DateOnly? signedOn, AgreementKind kind, ReadOnlySpan<Modality> modalities,
        short[] topicOrdinals, int[] resolutions)
    {
        foreach (var b in bodies) Increment(ref _bodies, b);
        if (signedOn is { } d) _years[d.Year]++;
        _kinds[(int)kind]++;
        foreach (var m in modalities) _modalities[(int)m]++;
        foreach (var t in topicOrdinals) Increment(ref _topics, t);
        foreach (var r in resolutions) Increment(ref _resolutions, r);
    }

    public SearchFacetSet ToFacets(SearchLabels labels) =>
        new(Sorted(_bodies, b => b.ToString(), labels.Body),
            [.. Keys(_years).OrderDescending().Select(y => new FacetCount(y.ToString(), y.ToString(), _years[y]))],
            Sorted(_kinds, k => Kebab((AgreementKind)k), k => Kebab((AgreementKind)k)),
            Sorted(_modalities, m => Kebab((Modality)m), m => Kebab((Modality)m)),
            Sorted(_topics, t => topics.Name((short)t), t => topics.Name((short)t)),
            Sorted(_resolutions, labels.Resolution, labels.Resolution));

    private static IEnumerable<int> Keys(int[] counts) => Enumerable.Range(0, counts.Length).Where(i => counts[i] > 0);

    private static List<FacetCount> Sorted(int[] counts, Func<int, string> key, Func<int, string> label) =>
        [.. Keys(counts).Select(i => new FacetCount(key(i), label(i), counts[i]))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)];

    /// <summary>As the API writes enums: "joint-position", "consider-necessary".</summary>
    private static string Kebab<T>(T value) where T : struct, Enum =>
        System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    private static void Increment(ref int[] counts, int key)
    {
        if (key >= counts.Length) Array.Resize(ref counts, Math.Max(key + 1, counts.Length * 2));
        counts[key]++;
    }
}
