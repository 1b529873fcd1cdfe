namespace Registry.Domain.Agreements;

/// <summary>What a party did, as registries list it (one row per party per action).</summary>
public enum ParticipantActionType
{
    Signature,
    DefinitiveSignature,
    Ratification,
    Acceptance,
    Approval,
    Accession,
    Succession,
    NotificationOfInternalProcedures,
    ProvisionalApplication,
    EntryIntoForce,
    Reservation,
    Declaration,
    Objection,
    Denunciation,
    Withdrawal,
}
