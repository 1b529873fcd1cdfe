using Registry.Domain.Common;

namespace Registry.Domain.Bodies;

/// <summary>An organization, an organ of one, a state or an agency that can be party to an agreement.</summary>
public sealed class SignatoryBody : Entity
{
    private SignatoryBody() { }

    public string Name { get; private set; } = "";
    public string Abbreviation { get; private set; } = "";
    public string? NameRu { get; private set; }
    public string? NameZh { get; private set; }
    public List<string> Aliases { get; private set; } = [];
    public BodyKind Kind { get; private set; }
    public int? ParentId { get; private set; }
    public string? CountryCode { get; private set; }

    public static SignatoryBody Create(string name, string abbreviation, BodyKind kind, string? countryCode = null) =>
        new SignatoryBody().Update(name, abbreviation, null, null, [], kind, null, countryCode);

    public SignatoryBody Update(string name, string abbreviation, string? nameRu, string? nameZh,
        IEnumerable<string>? aliases, BodyKind kind, int? parentId, string? countryCode)
    {
        Name = Guard.Required(name, "name", Lengths.Name);
        Abbreviation = Guard.Required(abbreviation, "abbreviation", Lengths.Short);
        NameRu = Guard.Optional(nameRu, "nameRu", Lengths.Name);
        NameZh = Guard.Optional(nameZh, "nameZh", Lengths.Name);
        Aliases = [.. Guard.Tags(aliases, "aliases", Lengths.Name)];
        Kind = kind;
        if (parentId is not null && parentId == Id && Id != 0)
            throw new DomainException("parentId", "A body cannot be its own parent.");
        ParentId = parentId;
        CountryCode = Guard.Optional(countryCode, "countryCode", 3)?.ToUpperInvariant();
        if (kind == BodyKind.State && CountryCode is null)
            throw new DomainException("countryCode", "A state needs its ISO 3166 country code.");
        return this;
    }

    /// <summary>Whether a text names this body: its abbreviation, name or an alias, ignoring case.</summary>
    public bool IsNamedBy(string text) =>
        Names().Any(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));

    public IEnumerable<string> Names() =>
        new[] { Abbreviation, Name, NameRu, NameZh }.OfType<string>().Concat(Aliases);
}
