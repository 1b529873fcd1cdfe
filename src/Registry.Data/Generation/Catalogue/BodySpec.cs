using Registry.Domain.Bodies;

namespace Registry.Data.Generation.Catalogue;

/// <summary>
/// A real organization, organ or state the generator draws parties from. <see cref="Head"/> is the position whose
/// holder signs for the body; <see cref="GenitiveRu"/> is the short Russian form used in titles ("of the …").
/// </summary>
public sealed record BodySpec(
    string Abbreviation, string Name, string? NameRu, string? NameZh, BodyKind Kind, string? Parent,
    int Since, string City, string Head, string GenitiveRu, string? CountryCode = null, string[]? Aliases = null)
{
    public bool ExistsIn(int year) => Since <= year;

    /// <summary>Russian names for the bodies of post-Soviet members and of the CIS and CSTO; English ones elsewhere.</summary>
    public bool HasRussianStaff => CountryCode is null ? !Abbreviation.StartsWith("SCO", StringComparison.Ordinal)
        : CountryCode is not ("CN" or "IN" or "PK" or "IR");
}
