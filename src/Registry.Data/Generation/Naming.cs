using Bogus;
using Registry.Data.Generation.Catalogue;
using Registry.Data.Generation.Texts;
using Registry.Domain.Agreements;
using Registry.Domain.Bodies;

namespace Registry.Data.Generation;

/// <summary>Titles in English, Russian and (where the SCO is involved) Chinese, and the place of signing.</summary>
public static class Naming
{
    public static AgreementFacts Facts(Randomizer r, Circle c, AgreementKind kind)
    {
        var (kindEn, kindRu, kindZh) = Titles.Kinds[kind];
        var (subjectEn, subjectRu, subjectZh) = r.ArrayElement(Titles.Subjects);
        var org = c.Organization;
        var many = org is not null && c.Parties.Count > 3;
        var title = many ? $"{kindEn} of the Member States of the {org!.Name} {subjectEn}"
            : $"{kindEn} {(org is null ? "of" : "between")} {Join(c.Parties.Select(p => "the " + p.Name), " and ")} {subjectEn}";
        var shortTitle = many ? $"{kindEn} of the {org!.Abbreviation} Member States {subjectEn}"
            : $"{kindEn} {(org is null ? "of" : "between")} {Join(c.Parties.Select(p => (p.Kind == BodyKind.State ? "" : "the ") + p.Abbreviation), " and ")} {subjectEn}";
        var titleRu = many ? $"{kindRu} государств – {(org!.Abbreviation == "CIS" ? "участников" : "членов")} {org.GenitiveRu} {subjectRu}"
            : $"{kindRu} {Join(c.Parties.Select(p => p.GenitiveRu), " и ")} {subjectRu}";
        string? titleZh = !c.InvolvesSco ? null
            : many ? $"{org!.NameZh}成员国{subjectZh}的{kindZh}"
            : c.Parties.All(p => p.NameZh is not null) ? $"{string.Join("、", c.Parties.Select(p => p.NameZh))}{subjectZh}的{kindZh}" : null;
        var host = r.ListItem(c.Parties.ToList());
        var city = host.Kind == BodyKind.State && r.Bool(0.3f) ? r.ArrayElement(BodyIndex.CitiesOf(host.CountryCode!).ToArray()) : host.City;
        return new AgreementFacts
        {
            Title = title, ShortTitle = shortTitle, TitleRu = titleRu, TitleZh = titleZh, Kind = kind, SignedOn = c.SignedOn,
            PlaceCity = city, PlaceCountry = BodyIndex.CountryOfCity[city],
            PlaceVenue = host.Kind != BodyKind.State && r.Bool(0.4f) ? $"headquarters of the {host.Name}" : null,
            AuthenticLanguages = c.InvolvesSco ? ["zh", "ru"] : ["ru"],
        };
    }

    /// <summary>"A, B and C".</summary>
    private static string Join(IEnumerable<string> items, string and)
    {
        var list = items.ToList();
        return list.Count == 1 ? list[0] : $"{string.Join(", ", list[..^1])}{and}{list[^1]}";
    }
}
