using System.Text.Json;
using Registry.Data.Agreements;
using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition;

/// <summary>A list filter in words: the set's title, its criteria one per line, and the address of the same list in the UI.</summary>
public static class SetDescription
{
    public static string Title(AgreementFilter f)
    {
        var title = Criteria(f).Count == 1 ? "All agreements in the registry" : "Agreements";
        if (f.Body is { Length: > 0 } body) title += $" of the {body}";
        // Years alone only when the filter covers whole years: "2020–2022" for 1 January 2020 to 5 September 2022 would promise more.
        if (f.From is { } from && f.To is { } to)
            title += !YearStart(from) || !YearEnd(to) ? $", {Date(from)} – {Date(to)}" : from.Year == to.Year ? $", {from.Year}" : $", {from.Year}–{to.Year}";
        else if (f.From is { } since) title += YearStart(since) ? $", since {since.Year}" : $", since {Date(since)}";
        else if (f.To is { } until) title += YearEnd(until) ? $", until {until.Year}" : $", until {Date(until)}";
        if (f.Resolution is { Length: > 0 } resolution) title += $", citing {resolution}";
        if (f.Kind is { } kind) title += $" · {Of(kind)}";
        if (f.Status is { } status) title += $" · {Of(status)}";
        if (f.Q is { Length: > 0 } q) title += $" · “{q}”";
        return title;
    }

    public static IReadOnlyList<string> Criteria(AgreementFilter f) =>
    [
        .. new[]
        {
            f.Body is { Length: > 0 } body ? $"Party: {body}, or one of its organs" : null,
            f.Kind is { } kind ? $"Kind: {Of(kind)}" : null,
            f.Status is { } status ? $"Status: {Of(status)}" : null,
            f.From is not null || f.To is not null
                ? $"Signed: {(f.From is { } a ? $"from {Date(a)} " : "")}{(f.To is { } b ? $"to {Date(b)}" : "")}".Trim() : null,
            f.Resolution is { Length: > 0 } resolution ? $"Cites: {resolution}" : null,
            f.Q is { Length: > 0 } q ? $"Text contains: “{q}”" : null,
        }.OfType<string>(),
        $"Order: {Order(f.Sort)}",
    ];

    public static string ListUrl(AgreementFilter f, string publicUrl)
    {
        var query = new[]
        {
            ("q", f.Q), ("body", f.Body), ("kind", Kebab(f.Kind)), ("status", Kebab(f.Status)), ("from", f.From?.Year.ToString()),
            ("to", f.To?.Year.ToString()), ("resolution", f.Resolution), ("sort", f.Sort),
        }.Where(p => !string.IsNullOrWhiteSpace(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}");
        return $"{publicUrl}/agreements" + (query.Any() ? "?" + string.Join("&", query) : "");
    }

    private static bool YearStart(DateOnly d) => d is { Month: 1, Day: 1 };

    private static bool YearEnd(DateOnly d) => d is { Month: 12, Day: 31 };

    private static string Order(string? sort)
    {
        var value = string.IsNullOrWhiteSpace(sort) ? AgreementList.DefaultSort : sort.Trim().ToLowerInvariant();
        var dash = value.LastIndexOf('-');
        var key = dash < 0 ? value : value[..dash];
        var words = key switch { "signed" => "date of signature", "reference" => "reference number", _ => key };
        return $"by {words}, {(value.EndsWith("-asc", StringComparison.Ordinal) ? "ascending" : "descending")}";
    }

    private static string? Kebab<T>(T? value) where T : struct, Enum => value is { } v ? JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()) : null;
}
