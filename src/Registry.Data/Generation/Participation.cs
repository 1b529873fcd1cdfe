using Bogus;
using Registry.Data.Generation.Catalogue;
using Registry.Domain.Agreements;

namespace Registry.Data.Generation;

/// <summary>
/// What each party did and what follows for the record: political documents stand on signature; inter-agency documents
/// enter into force on signature; treaties between states need ratifications (CIS: notifications) before they do.
/// </summary>
public sealed record Participation(AgreementStatus Status, DateOnly? EntryIntoForceOn, DateOnly? TerminatedOn,
    IReadOnlyList<PartyInput> Parties, BodySpec? Depositary)
{
    public static Participation Draw(Randomizer r, Circle c, AgreementKind kind, IReadOnlyList<int> partyIds, DateOnly horizon)
    {
        var signed = c.SignedOn;
        var actions = partyIds.Select(_ => new List<ActionInput> { new(ParticipantActionType.Signature, signed, null, null) }).ToList();
        Participation Result(AgreementStatus status, DateOnly? inForce, DateOnly? ended, BodySpec? depositary = null) =>
            new(status, inForce, ended, [.. partyIds.Select((id, i) => new PartyInput(id, PartyRole.Party, actions[i]))], depositary);

        if (kind.IsPolitical()) return Result(AgreementStatus.Signed, null, null);
        if (!c.InterState || kind is AgreementKind.MemorandumOfUnderstanding or AgreementKind.ExchangeOfLetters)
        {
            var end = signed.AddYears(r.Number(3, 8));
            return r.Bool(0.12f) && end <= horizon
                ? Result(kind == AgreementKind.MemorandumOfUnderstanding ? AgreementStatus.Expired : AgreementStatus.Terminated, signed, end)
                : Result(AgreementStatus.InForce, signed, null);
        }

        var depositary = DepositaryOf(c.Organization!, signed);
        var type = c.Organization!.Abbreviation == "CIS" ? ParticipantActionType.NotificationOfInternalProcedures : ParticipantActionType.Ratification;
        var deposits = new Dictionary<int, DateOnly>();
        for (var i = 0; i < partyIds.Count; i++)
        {
            var done = signed.AddDays(r.Number(60, 900));
            var deposited = done.AddDays(r.Number(3, 45));
            if (!r.Bool(0.85f) || deposited > horizon) continue;
            actions[i].Add(new ActionInput(type, done, depositary is null ? null : deposited, null));
            deposits[i] = deposited;
        }
        // Bilateral treaties need both parties; multilateral ones enter into force after the third deposit.
        var required = Math.Min(3, partyIds.Count);
        if (deposits.Count < required) return Result(AgreementStatus.Signed, null, null, depositary);
        var inForce = deposits.Values.Order().ElementAt(required - 1).AddDays(30);
        if (inForce > horizon) return Result(AgreementStatus.Signed, null, null, depositary);
        foreach (var (i, deposited) in deposits)
            if (Draws.Max(inForce, deposited.AddDays(30)) is var own && own <= horizon)
                actions[i].Add(new ActionInput(ParticipantActionType.EntryIntoForce, own, null, null));

        var terminated = inForce.AddYears(r.Number(3, 12));
        if (r.Bool(0.05f) && terminated <= horizon)
        {
            actions[r.Number(0, partyIds.Count - 1)].Add(new ActionInput(ParticipantActionType.Denunciation, terminated.AddMonths(-6), null, null));
            return Result(AgreementStatus.Terminated, inForce, terminated, depositary);
        }
        return Result(r.Bool(0.02f) ? AgreementStatus.Suspended : AgreementStatus.InForce, inForce, null, depositary);
    }

    /// <summary>The organ that keeps the originals, once it exists.</summary>
    private static BodySpec? DepositaryOf(BodySpec organization, DateOnly signed)
    {
        var organ = BodyIndex.ByAbbreviation[organization.Abbreviation switch
        {
            "CIS" => "CIS Executive Committee", "CSTO" => "CSTO Secretariat", _ => "SCO Secretariat",
        }];
        return organ.ExistsIn(signed.Year) ? organ : null;
    }
}
