using Microsoft.AspNetCore.Components.Forms;
using Registry.Data.Bodies;
using Registry.Domain.Bodies;

namespace Registry.Web.Bodies.Pages;

/// <summary>What the body form posts; aliases one per line.</summary>
public sealed class BodyForm
{
    public string? Name { get; set; }
    public string? Abbreviation { get; set; }
    public string? NameRu { get; set; }
    public string? NameZh { get; set; }
    public string? Aliases { get; set; }
    public BodyKind? Kind { get; set; }
    public int? ParentId { get; set; }
    public string? CountryCode { get; set; }

    public static BodyForm From(BodyDto b) => new()
    {
        Name = b.Name, Abbreviation = b.Abbreviation, NameRu = b.NameRu, NameZh = b.NameZh,
        Aliases = string.Join('\n', b.Aliases ?? []), Kind = b.Kind, ParentId = b.ParentId, CountryCode = b.CountryCode,
    };

    public BodyDto ToDto() => new()
    {
        Name = Name, Abbreviation = Abbreviation, NameRu = NameRu, NameZh = NameZh, Aliases = Lines(Aliases),
        Kind = Kind, ParentId = ParentId, CountryCode = CountryCode,
    };

    public static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>The input a field path of the domain's rules belongs to.</summary>
    public FieldIdentifier? FieldOf(string path) => FormErrors.Split(path).Name switch
    {
        "name" => new(this, nameof(Name)),
        "abbreviation" => new(this, nameof(Abbreviation)),
        "nameRu" => new(this, nameof(NameRu)),
        "nameZh" => new(this, nameof(NameZh)),
        "aliases" => new(this, nameof(Aliases)),
        "kind" => new(this, nameof(Kind)),
        "parent" or "parentId" => new(this, nameof(ParentId)),
        "countryCode" => new(this, nameof(CountryCode)),
        _ => null,
    };
}
