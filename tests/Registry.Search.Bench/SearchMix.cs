using Registry.Data.Search;

namespace Registry.Search.Bench;

/// <summary>The fixed mix: common and rare words, phrases, Russian, the operators, and filters. Every search counts its facets.</summary>
public static class SearchMix
{
    public static readonly (string Kind, SearchRequest Request)[] Queries =
    [
        ("common word", new() { Q = "terrorist" }),
        ("common word", new() { Q = "terrorism" }),
        ("common word", new() { Q = "information" }),
        ("common word", new() { Q = "exchange" }),
        ("rare word", new() { Q = "manifestations" }),
        ("rare word", new() { Q = "remittance" }),
        ("rare word", new() { Q = "auspices" }),
        ("rare word", new() { Q = "2482" }),
        ("phrase", new() { Q = "\"foreign terrorist fighters\"" }),
        ("phrase", new() { Q = "\"critical infrastructure\"" }),
        ("phrase", new() { Q = "\"legal assistance\"" }),
        ("phrase", new() { Q = "\"central coordinating role\"" }),
        ("Russian", new() { Q = "терроризм" }),
        ("Russian", new() { Q = "финансирование" }),
        ("Russian", new() { Q = "\"правовую помощь\"" }),
        ("Russian", new() { Q = "радикализации" }),
        ("operators", new() { Q = "extradit*" }),
        ("operators", new() { Q = "radicali* OR extremis*" }),
        ("operators", new() { Q = "terrorist -internet" }),
        ("operators", new() { Q = "border* -weapons" }),
        ("filters", new() { Q = "financing", Body = ["CSTO"] }),
        ("filters", new() { Q = "exchange", Kind = "agreement", From = new DateOnly(2015, 1, 1) }),
        ("filters", new() { Q = "terrorist", Modality = "undertake", Topic = "internet" }),
        ("filters", new() { Body = ["SCO"], Resolution = "S/RES/2354 (2017)" }),
    ];

    /// <summary>The words a naive baseline looks for: every word the query wants, as written.</summary>
    public static IReadOnlyList<string> BaselineWords(SearchRequest r) =>
        r.Q is null ? [] : [.. r.Q.Split([' ', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w != "OR" && !w.StartsWith('-')).Select(w => w.TrimEnd('*').ToLowerInvariant()).Take(1)];
}
