using Registry.Domain.Common;

namespace Registry.Domain.Resolutions;

/// <summary>A UN resolution, filed under its canonical symbol and known also by its aliases.</summary>
public sealed class UnResolution : Entity
{
    private UnResolution() { }

    public string Symbol { get; private set; } = "";
    public UnOrgan Organ { get; private set; }
    public int Number { get; private set; }
    public int? Year { get; private set; }
    public int? Session { get; private set; }
    public string? Title { get; private set; }
    public DateOnly? AdoptedOn { get; private set; }
    public List<string> Aliases { get; private set; } = [];

    public static UnResolution Create(string symbol, string? title, DateOnly? adoptedOn, IEnumerable<string>? aliases = null) =>
        new UnResolution().Update(symbol, title, adoptedOn, aliases);

    public UnResolution Update(string symbol, string? title, DateOnly? adoptedOn, IEnumerable<string>? aliases)
    {
        var parsed = UnSymbol.Parse(symbol);
        if (!parsed.IsComplete && adoptedOn is { } d)
            parsed = parsed.WithYear(d.Year);
        if (!parsed.IsComplete)
            throw new DomainException("symbol", $"'{symbol}' lacks the year: write it as {parsed.Canonical} (YYYY).");
        if (parsed.Year is { } year && adoptedOn is { } adopted && adopted.Year != year)
            throw new DomainException("adoptedOn", $"adoptedOn ({adopted:yyyy-MM-dd}) is not in {year}, the year of {parsed.Canonical}.");
        Symbol = parsed.Canonical;
        Organ = parsed.Organ;
        Number = parsed.Number;
        Year = parsed.Year;
        Session = parsed.Session;
        Title = Guard.Optional(title, "title", Lengths.Title);
        AdoptedOn = adoptedOn;
        Aliases = [.. Guard.Tags(aliases, "aliases", Lengths.Name)];
        return this;
    }

    public bool IsKnownAs(string text) =>
        Aliases.Any(a => string.Equals(Normalize(a), Normalize(text), StringComparison.OrdinalIgnoreCase));

    private static string Normalize(string s)
    {
        var t = s.Trim().TrimEnd('.');
        return t.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? t[4..] : t;
    }
}
