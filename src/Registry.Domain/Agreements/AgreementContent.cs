namespace Registry.Domain.Agreements;

/// <summary>Everything an editor states about an agreement, with references already resolved to ids.</summary>
public sealed record AgreementContent
{
    public required AgreementFacts Facts { get; init; }
    public IReadOnlyList<PartyInput> Parties { get; init; } = [];
    public IReadOnlyList<SignatoryInput> Signatories { get; init; } = [];
    public IReadOnlyList<CitationInput> Citations { get; init; } = [];
    public IReadOnlyList<CommitmentInput> Commitments { get; init; } = [];
    public IReadOnlyList<RelationInput> Relations { get; init; } = [];
    public IReadOnlyList<TextInput> Texts { get; init; } = [];
    public IReadOnlyList<IdentifierInput> Identifiers { get; init; } = [];
    public IReadOnlyList<SourceInput> Sources { get; init; } = [];
}

public sealed record AgreementFacts
{
    public required string Title { get; init; }
    public string? ShortTitle { get; init; }
    public string? TitleRu { get; init; }
    public string? TitleZh { get; init; }
    public AgreementKind Kind { get; init; }
    public DateOnly? AdoptedOn { get; init; }
    public DateOnly? OpenedForSignatureOn { get; init; }
    public DateOnly? SignedOn { get; init; }
    public DateOnly? EntryIntoForceOn { get; init; }
    public DateOnly? TerminatedOn { get; init; }
    public string? PlaceCity { get; init; }
    public string? PlaceVenue { get; init; }
    public string? PlaceCountry { get; init; }
    public int? DepositaryId { get; init; }
    public IReadOnlyList<string> AuthenticLanguages { get; init; } = [];
    public IReadOnlyList<string> Subjects { get; init; } = [];
    public string? Summary { get; init; }
}

public sealed record PartyInput(int BodyId, PartyRole Role, IReadOnlyList<ActionInput> Actions);
public sealed record ActionInput(ParticipantActionType Type, DateOnly Date, DateOnly? DepositedOn, string? Note);
public sealed record SignatoryInput(int PersonId, int BodyId, string? Position, DateOnly? SignedOn);
public sealed record CitationInput(int ResolutionId, string? CitingWords);
public sealed record CommitmentInput(string Text, string? SourceText, Modality Modality, IReadOnlyList<string> Topics,
    IReadOnlyList<int> BodyIds, IReadOnlyList<int> ResolutionIds);
public sealed record RelationInput(int TargetAgreementId, RelationType Type, string? Note);
public sealed record TextInput(string Language, bool IsAuthentic, string Content);
public sealed record IdentifierInput(string Scheme, string Value);
public sealed record SourceInput(string Title, string? Url, DateOnly? RetrievedOn, DateOnly? StatusAsOf, string? Excerpt);
