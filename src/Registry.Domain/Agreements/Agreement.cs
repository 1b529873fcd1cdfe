using Registry.Domain.Common;

namespace Registry.Domain.Agreements;

/// <summary>
/// A signed document and everything recorded about it. The aggregate checks its own rules: date order,
/// participant actions, signatories who represent parties, legal status changes and corrections of signed records.
/// </summary>
public sealed partial class Agreement : Entity
{
    private readonly List<Party> _parties = [];
    private readonly List<ParticipantAction> _actions = [];
    private readonly List<Signatory> _signatories = [];
    private readonly List<Citation> _citations = [];
    private readonly List<Commitment> _commitments = [];
    private readonly List<AgreementRelation> _relations = [];
    private readonly List<AgreementText> _texts = [];
    private readonly List<ExternalIdentifier> _identifiers = [];
    private readonly List<Source> _sources = [];
    private readonly List<Attachment> _attachments = [];

    private Agreement() { }

    public string ReferenceNumber { get; private set; } = "";
    /// <summary>The reference number folded to upper case: unique, so "CSTO-1" and "csto-1" clash.</summary>
    public string ReferenceKey { get; private set; } = "";
    public string Title { get; private set; } = "";
    public string? ShortTitle { get; private set; }
    public string? TitleRu { get; private set; }
    public string? TitleZh { get; private set; }
    public AgreementKind Kind { get; private set; }
    public AgreementStatus Status { get; private set; }
    public DateOnly? AdoptedOn { get; private set; }
    public DateOnly? OpenedForSignatureOn { get; private set; }
    public DateOnly? SignedOn { get; private set; }
    public DateOnly? EntryIntoForceOn { get; private set; }
    public DateOnly? TerminatedOn { get; private set; }
    public string? PlaceCity { get; private set; }
    public string? PlaceVenue { get; private set; }
    public string? PlaceCountry { get; private set; }
    public int? DepositaryId { get; private set; }
    public List<string> AuthenticLanguages { get; private set; } = [];
    public List<string> Subjects { get; private set; } = [];
    public string? Summary { get; private set; }
    /// <summary>Made by the data generator: never to be mistaken for a real record.</summary>
    public bool IsGenerated { get; private set; }
    public int Version { get; private set; }

    public IReadOnlyList<Party> Parties => _parties;
    public IReadOnlyList<ParticipantAction> Actions => _actions;
    public IReadOnlyList<Signatory> Signatories => _signatories;
    public IReadOnlyList<Citation> Citations => _citations;
    public IReadOnlyList<Commitment> Commitments => _commitments;
    public IReadOnlyList<AgreementRelation> Relations => _relations;
    public IReadOnlyList<AgreementText> Texts => _texts;
    public IReadOnlyList<ExternalIdentifier> Identifiers => _identifiers;
    public IReadOnlyList<Source> Sources => _sources;
    public IReadOnlyList<Attachment> Attachments => _attachments;

    /// <summary>The date before which nothing can have happened to the document.</summary>
    public DateOnly? Adoption => AdoptedOn ?? OpenedForSignatureOn ?? SignedOn;

    public static Agreement Create(string referenceNumber, AgreementStatus status, AgreementContent content,
        DateOnly today, bool isGenerated = false)
    {
        var agreement = new Agreement { IsGenerated = isGenerated };
        agreement.SetReferenceNumber(referenceNumber);
        agreement.Apply(status, content, today);
        agreement.Version = 1;
        return agreement;
    }

    /// <summary>Replaces what an editor states. A signed record changes only as a correction with a reason.</summary>
    public void Revise(string referenceNumber, AgreementStatus status, AgreementContent content, DateOnly today,
        string? correctionReason)
    {
        EnsureCorrectable(correctionReason);
        AgreementStatuses.EnsureTransition(Status, status);
        SetReferenceNumber(referenceNumber);
        Apply(status, content, today);
        Version++;
    }

    public void EnsureCorrectable(string? correctionReason)
    {
        if (Status.IsSigned() && string.IsNullOrWhiteSpace(correctionReason))
            throw new DomainException("correctionReason",
                $"This record is {Status}: a change to it is a correction and needs a reason (correctionReason).");
        Guard.Optional(correctionReason, "correctionReason", Lengths.Note);
    }

    public void ChangeStatus(AgreementStatus status, DateOnly today)
    {
        AgreementStatuses.EnsureTransition(Status, status);
        CheckStatusDates(status, today);
        Status = status;
        Version++;
    }

    public ParticipantAction AddParticipantAction(int bodyId, ActionInput input, DateOnly today)
    {
        if (_parties.All(p => p.BodyId != bodyId))
            throw new DomainException("body", "Participant actions can be recorded only for a party of the agreement.");
        var action = NewAction(bodyId, input, today, "action");
        _actions.Add(action);
        Version++;
        return action;
    }

    public Attachment AddAttachment(string fileName, string mediaType, long size, string sha256, DateTime uploadedAt)
    {
        var attachment = new Attachment
        {
            FileName = Guard.Required(Path.GetFileName(fileName), "fileName", Lengths.Name),
            MediaType = Guard.Required(mediaType, "mediaType", Lengths.Short),
            Size = size,
            Sha256 = Guard.Required(sha256, "sha256", 64).ToLowerInvariant(),
            UploadedAt = uploadedAt,
        };
        _attachments.Add(attachment);
        Version++;
        return attachment;
    }

    public void RemoveAttachment(Attachment attachment)
    {
        _attachments.Remove(attachment);
        Version++;
    }

    private void SetReferenceNumber(string referenceNumber)
    {
        ReferenceNumber = Guard.Required(referenceNumber, "referenceNumber", Lengths.Short);
        ReferenceKey = KeyOf(ReferenceNumber);
    }

    public static string KeyOf(string referenceNumber) => referenceNumber.Trim().ToUpperInvariant();
}
