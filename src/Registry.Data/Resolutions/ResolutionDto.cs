using Registry.Domain.Resolutions;

namespace Registry.Data.Resolutions;

/// <summary>A catalogued UN resolution. Organ, number, year and session are read from the symbol.</summary>
public sealed record ResolutionDto
{
    public int Id { get; init; }
    public string? Symbol { get; init; }
    public UnOrgan? Organ { get; init; }
    public int? Number { get; init; }
    public int? Year { get; init; }
    public int? Session { get; init; }
    public string? Title { get; init; }
    public DateOnly? AdoptedOn { get; init; }
    public List<string>? Aliases { get; init; }

    public static ResolutionDto From(UnResolution r) => new()
    {
        Id = r.Id, Symbol = r.Symbol, Organ = r.Organ, Number = r.Number, Year = r.Year, Session = r.Session,
        Title = r.Title, AdoptedOn = r.AdoptedOn, Aliases = r.Aliases,
    };
}
