namespace Registry.Data.Generation.Catalogue;

/// <summary>Look-ups over the organizations, organs and states of the catalogue.</summary>
public static class BodyIndex
{
    /// <summary>Parents before their organs, so each parent has an id when its organs are created.</summary>
    public static readonly BodySpec[] All = [.. Organizations.All, .. States.All];

    public static readonly Dictionary<string, BodySpec> ByAbbreviation = All.ToDictionary(b => b.Abbreviation);

    public static readonly Dictionary<string, BodySpec> ByCountry =
        States.All.ToDictionary(s => s.CountryCode!);

    /// <summary>The country each city of the catalogue lies in, by the state's full name.</summary>
    public static readonly Dictionary<string, string> CountryOfCity =
        States.All.Select(s => (s.City, s.Name))
            .Concat(States.OtherCities.Select(c => (c.City, ByCountry[c.Country].Name)))
            .DistinctBy(c => c.City)
            .ToDictionary(c => c.City, c => c.Name);

    public static IEnumerable<string> CitiesOf(string countryCode) =>
        States.OtherCities.Where(c => c.Country == countryCode).Select(c => c.City).Prepend(ByCountry[countryCode].City);
}
