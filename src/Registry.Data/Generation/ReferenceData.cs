using Registry.Data.Generation.Catalogue;

namespace Registry.Data.Generation;

/// <summary>The stored ids of the catalogue's bodies and resolutions, and the roster of people who sign for them.</summary>
public sealed class ReferenceData(IReadOnlyDictionary<string, int> bodyIds, IReadOnlyList<(ResolutionSpec Spec, int Id)> resolutions,
    Roster roster)
{
    public Roster Roster { get; } = roster;
    public IReadOnlyList<(ResolutionSpec Spec, int Id)> Resolutions { get; } = resolutions;

    public int BodyId(BodySpec spec) => bodyIds[spec.Abbreviation];

    public int ResolutionId(string symbol) => Resolutions.First(r => r.Spec.Symbol == symbol).Id;

    /// <summary>Resolutions adopted before the date: a text cannot cite a later one.</summary>
    public IReadOnlyList<(ResolutionSpec Spec, int Id)> AdoptedBefore(DateOnly date) =>
        [.. Resolutions.Where(r => r.Spec.AdoptedOn < date)];
}
