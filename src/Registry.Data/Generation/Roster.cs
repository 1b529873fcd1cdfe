using Bogus;

namespace Registry.Data.Generation;

/// <summary>
/// Who held each body's signing positions, term by term. It depends on no seed, so every seed's agreements share
/// the same people, and a position is always read as held on the signing date.
/// </summary>
public sealed class Roster(IReadOnlyList<RosterTerm> terms, IReadOnlyList<RosterHolder> holders)
{
    private readonly Dictionary<int, RosterTerm[]> _byBody = terms.GroupBy(t => t.BodyId).ToDictionary(g => g.Key, g => g.ToArray());

    public IReadOnlyList<RosterTerm> Terms { get; } = terms;
    public IReadOnlyList<RosterHolder> Holders { get; } = holders;
    /// <summary>The stored person of each holder, filled once the people are saved.</summary>
    public int[] PersonIds { get; } = new int[holders.Count];

    /// <summary>The head of the body on the date, now and then a deputy signing in the head's stead.</summary>
    public (int PersonId, string Position) Signer(int bodyId, DateOnly on, Randomizer r)
    {
        var terms = _byBody[bodyId];
        var covering = terms.Where(t => t.Covers(on)).ToArray();
        var deputy = r.Bool(0.2f);
        var term = covering.FirstOrDefault(t => t.IsDeputy == deputy) ?? covering.FirstOrDefault() ?? terms[0];
        return (PersonIds[term.Holder], term.Position);
    }
}

public sealed record RosterTerm(int BodyId, string Position, bool IsDeputy, int Holder, DateOnly From, DateOnly? To)
{
    public bool Covers(DateOnly date) => From <= date && (To is null || date <= To);
}

public sealed record RosterHolder(string FullName, string? FullNameRu);
