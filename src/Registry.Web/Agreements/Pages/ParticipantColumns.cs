using Registry.Data.Agreements;
using Registry.Domain.Agreements;
using static Registry.Web.Ui.Text;
using T = Registry.Domain.Agreements.ParticipantActionType;

namespace Registry.Web.Agreements.Pages;

public sealed record ParticipantColumn(string Header, IReadOnlyList<ParticipantActionType> Types)
{
    /// <summary>A cell names each action's type only when the column holds several kinds of action.</summary>
    public bool Mixed => Types.Count > 1;
}

/// <summary>
/// The participant table's columns as the UN Treaty Collection lays them out: signature; consent to be bound
/// (ratification, acceptance, approval, accession …); provisional application; entry into force; reservations and
/// declarations; denunciation. Only columns some party has an action in are shown.
/// </summary>
public static class ParticipantColumns
{
    private static readonly T[][] Groups =
    [
        [T.Signature, T.DefinitiveSignature],
        [T.Ratification, T.Acceptance, T.Approval, T.Accession, T.Succession, T.NotificationOfInternalProcedures],
        [T.ProvisionalApplication],
        [T.EntryIntoForce],
        [T.Reservation, T.Declaration, T.Objection],
        [T.Denunciation, T.Withdrawal],
    ];

    public static IReadOnlyList<ParticipantColumn> For(IEnumerable<PartyDto> parties)
    {
        var present = parties.SelectMany(p => p.Actions ?? []).Select(a => a.Type).OfType<T>().ToHashSet();
        return [.. Groups.Select(g => g.Where(present.Contains).ToList()).Where(t => t.Count > 0)
            .Select(t => new ParticipantColumn(string.Join(" / ", t.Select(x => L(x))), t))];
    }

    public static IEnumerable<ActionDto> In(this PartyDto party, ParticipantColumn column) =>
        (party.Actions ?? []).Where(a => a.Type is { } type && column.Types.Contains(type));
}
