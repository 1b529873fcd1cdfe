using Registry.Domain.Agreements;

namespace Registry.Data.Generation;

/// <summary>
/// Builds generated agreement n of a seed as a domain object, ids already resolved: the same (seed, n) always gives
/// the same record. Every date stays on or before <c>horizon</c>, a fixed day, so the record does not depend on the run date.
/// </summary>
public sealed class AgreementFactory(ReferenceData refs, DateOnly today)
{
    public static readonly DateOnly FixedHorizon = new(2026, 6, 30);

    private readonly DateOnly _horizon = Draws.Min(FixedHorizon, today);

    public static string ReferenceOf(int seed, int n) => $"GEN-{seed}-{n:D6}";

    /// <summary>The reference prefix of a seed's records, for counting what a seed has already made.</summary>
    public static string PrefixOf(int seed) => $"GEN-{seed}-";

    public Agreement Build(int seed, int n)
    {
        var r = Draws.For(seed, n);
        var circle = Circle.Draw(r);
        var kind = circle.DrawKind(r);
        var partyIds = circle.Parties.Select(refs.BodyId).ToList();
        var facts = Naming.Facts(r, circle, kind);
        var participation = Participation.Draw(r, circle, kind, partyIds, _horizon);
        var signers = r.Shuffle(partyIds).Take(r.Bool(0.7f) ? 6 : r.Number(1, Math.Min(6, partyIds.Count))).ToList();
        var signatories = signers.Select(body =>
        {
            var (person, position) = refs.Roster.Signer(body, circle.SignedOn, r);
            return new SignatoryInput(person, body, position, null);
        }).ToList();
        var (commitments, citations, subjects) = CommitmentDrafter.Draft(r, kind, russian: r.Bool(0.35f), partyIds,
            refs.AdoptedBefore(circle.SignedOn));
        var content = new AgreementContent
        {
            Facts = facts with
            {
                EntryIntoForceOn = participation.EntryIntoForceOn, TerminatedOn = participation.TerminatedOn,
                DepositaryId = participation.Depositary is { } d ? refs.BodyId(d) : null, Subjects = subjects,
            },
            Parties = participation.Parties, Signatories = signatories, Commitments = commitments, Citations = citations,
        };
        return Agreement.Create(ReferenceOf(seed, n), participation.Status, content, today, isGenerated: true);
    }
}
