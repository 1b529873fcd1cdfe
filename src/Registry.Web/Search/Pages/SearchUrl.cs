using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;
using Registry.Domain.Common;

namespace Registry.Web.Search.Pages;

/// <summary>
/// The search page's state exactly as its URL carries it, and the links that change one part of it. Any change of
/// what is searched or how it is filtered goes back to the first page.
/// </summary>
public sealed class SearchUrl
{
    public const string Commitments = "commitments";
    public const string Agreements = "agreements";
    /// <summary>The filters the facets and the API take; <c>body</c> may repeat.</summary>
    public static readonly string[] Filters = ["body", "kind", "from", "to", "modality", "topic", "resolution"];

    private readonly Dictionary<string, StringValues> _values;

    private SearchUrl(Dictionary<string, StringValues> values) => _values = values;

    public static SearchUrl Parse(string uri) =>
        new(QueryHelpers.ParseQuery(new Uri(uri, UriKind.Absolute).Query).Where(p => p.Value.Any(v => !string.IsNullOrWhiteSpace(v)))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase));

    public IQueryCollection Collection => new QueryCollection(_values);

    /// <summary>Commitments unless the URL asks for agreements; anything else is a mistake to point out.</summary>
    public string What => this["what"]?.Trim().ToLowerInvariant() switch
    {
        null or Commitments => Commitments,
        Agreements => Agreements,
        var other => throw new DomainException("what", $"what '{other}' is neither {Commitments} nor {Agreements}."),
    };

    public string? this[string key] => _values.TryGetValue(key, out var v) ? v.FirstOrDefault() : null;

    public IReadOnlyList<string> All(string key) => _values.TryGetValue(key, out var v) ? [.. v.OfType<string>()] : [];

    /// <summary>True when there is something to search for: a query or a filter.</summary>
    public bool IsSearch => !string.IsNullOrWhiteSpace(this["q"]) || Filters.Any(_values.ContainsKey);

    public bool Has(string key, string value) => All(key).Contains(value, StringComparer.OrdinalIgnoreCase);

    public SearchUrl With(string key, string? value) => Change(v => { if (value is null) v.Remove(key); else v[key] = value; });

    public SearchUrl Adding(string key, string value) => Change(v => v[key] = StringValues.Concat(All(key).Where(x => x != value).ToArray(), value));

    public SearchUrl Without(string key, string value) =>
        Change(v => { if (All(key).Where(x => !string.Equals(x, value, StringComparison.OrdinalIgnoreCase)).ToArray() is { Length: > 0 } rest) v[key] = rest; else v.Remove(key); });

    public string Query => QueryString.Create(_values.SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)))).ToUriComponent().TrimStart('?');

    public string Href => Query.Length == 0 ? "/search" : "/search?" + Query;

    /// <summary>The same search from the API, every hit as CSV.</summary>
    public string CsvHref(string what) =>
        Change(v => { v.Remove("what"); v.Remove("pageSize"); }).Query is { Length: > 0 } query
            ? $"/api/search/{what}?{query}&format=csv" : $"/api/search/{what}?format=csv";

    private SearchUrl Change(Action<Dictionary<string, StringValues>> change)
    {
        var copy = new Dictionary<string, StringValues>(_values, StringComparer.OrdinalIgnoreCase);
        copy.Remove("page");
        change(copy);
        return new SearchUrl(copy);
    }
}
