using Microsoft.AspNetCore.Components.Forms;
using Registry.Data.Resolutions;
using Registry.Web.Bodies.Pages;

namespace Registry.Web.Resolutions.Pages;

/// <summary>What the resolution form posts: the symbol in any citation form, aliases one per line.</summary>
public sealed class ResolutionForm
{
    public string? Symbol { get; set; }
    public string? Title { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public string? Aliases { get; set; }

    public static ResolutionForm From(ResolutionDto r) => new()
    {
        Symbol = r.Symbol, Title = r.Title, AdoptedOn = r.AdoptedOn, Aliases = string.Join('\n', r.Aliases ?? []),
    };

    public ResolutionDto ToDto() => new() { Symbol = Symbol, Title = Title, AdoptedOn = AdoptedOn, Aliases = BodyForm.Lines(Aliases) };

    public FieldIdentifier? FieldOf(string path) => FormErrors.Split(path).Name switch
    {
        "symbol" => new(this, nameof(Symbol)),
        "title" => new(this, nameof(Title)),
        "adoptedOn" => new(this, nameof(AdoptedOn)),
        "aliases" => new(this, nameof(Aliases)),
        _ => null,
    };
}
