using Registry.Domain.Bodies;

namespace Registry.Data.Bodies;

/// <summary>A signatory body; the parent is named by id or by abbreviation.</summary>
public sealed record BodyDto
{
    public int Id { get; init; }
    public string? Name { get; init; }
    public string? Abbreviation { get; init; }
    public string? NameRu { get; init; }
    public string? NameZh { get; init; }
    public List<string>? Aliases { get; init; }
    public BodyKind? Kind { get; init; }
    public int? ParentId { get; init; }
    public string? Parent { get; init; }
    public string? CountryCode { get; init; }

    public static BodyDto From(SignatoryBody b, string? parent) => new()
    {
        Id = b.Id, Name = b.Name, Abbreviation = b.Abbreviation, NameRu = b.NameRu, NameZh = b.NameZh,
        Aliases = b.Aliases, Kind = b.Kind, ParentId = b.ParentId, Parent = parent, CountryCode = b.CountryCode,
    };
}
