using System.Text.Json.Serialization;
using Registry.Domain.Agreements;

namespace Registry.Data.Agreements;

/// <summary>
/// The agreement as the API shows it and takes it back. Fields marked read-only are filled by the server and
/// ignored on input, so a client can GET, change one field and PUT the document back.
/// References name their target by id or by natural key (body abbreviation or alias, person name, any citation form).
/// </summary>
public sealed record AgreementDto
{
    public int Id { get; init; }
    public string? ReferenceNumber { get; init; }
    public string? Title { get; init; }
    public string? ShortTitle { get; init; }
    public string? TitleRu { get; init; }
    public string? TitleZh { get; init; }
    public AgreementKind? Kind { get; init; }
    public AgreementStatus? Status { get; init; }
    public DateOnly? AdoptedOn { get; init; }
    public DateOnly? OpenedForSignatureOn { get; init; }
    public DateOnly? SignedOn { get; init; }
    public DateOnly? EntryIntoForceOn { get; init; }
    public DateOnly? TerminatedOn { get; init; }
    public PlaceDto? Place { get; init; }
    public int? DepositaryId { get; init; }
    public string? Depositary { get; init; }
    public List<string>? AuthenticLanguages { get; init; }
    public List<string>? Subjects { get; init; }
    public string? Summary { get; init; }
    public bool IsGenerated { get; init; }
    public int Version { get; init; }
    /// <summary>Write-only: why a signed record is being corrected.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CorrectionReason { get; init; }
    public List<PartyDto>? Parties { get; init; }
    public List<SignatoryDto>? Signatories { get; init; }
    public List<CitationDto>? Citations { get; init; }
    public List<CommitmentDto>? Commitments { get; init; }
    public List<RelationDto>? Relations { get; init; }
    /// <summary>Read-only: relations other records hold towards this one ("amended-by" …).</summary>
    public List<RelationDto>? RelatedBy { get; init; }
    public List<TextDto>? Texts { get; init; }
    public List<IdentifierDto>? Identifiers { get; init; }
    public List<SourceDto>? Sources { get; init; }
    /// <summary>Read-only: attachments are uploaded one by one.</summary>
    public List<AttachmentDto>? Attachments { get; init; }
}

public sealed record PlaceDto(string? City, string? Venue, string? Country);

public sealed record PartyDto
{
    public int? BodyId { get; init; }
    public string? Body { get; init; }
    public string? BodyName { get; init; }
    public PartyRole Role { get; init; } = PartyRole.Party;
    public List<ActionDto>? Actions { get; init; }
}

public sealed record ActionDto(ParticipantActionType? Type, DateOnly? Date, DateOnly? DepositedOn = null, string? Note = null);

public sealed record SignatoryDto
{
    public int? PersonId { get; init; }
    public string? Person { get; init; }
    public int? BodyId { get; init; }
    public string? Body { get; init; }
    /// <summary>Proposed from the person's appointment on the signing date when left empty.</summary>
    public string? Position { get; init; }
    public DateOnly? SignedOn { get; init; }
}

public sealed record CitationDto
{
    public int? ResolutionId { get; init; }
    public string? Symbol { get; init; }
    public string? Title { get; init; }
    public string? CitingWords { get; init; }
}

public sealed record CommitmentDto
{
    public int Id { get; init; }
    public int Ordinal { get; init; }
    public string? Text { get; init; }
    /// <summary>The exact sentence of the document the commitment comes from.</summary>
    public string? SourceText { get; init; }
    public Modality? Modality { get; init; }
    public List<string>? Topics { get; init; }
    /// <summary>Bodies bound; empty means all parties.</summary>
    public List<string>? Parties { get; init; }
    public List<string>? Resolutions { get; init; }
}

public sealed record RelationDto
{
    public RelationType? Type { get; init; }
    public int? AgreementId { get; init; }
    public string? ReferenceNumber { get; init; }
    public string? Title { get; init; }
    public string? Direction { get; init; }
    public string? Note { get; init; }
}

public sealed record TextDto(string Language, bool IsAuthentic, string Content);
public sealed record IdentifierDto(string Scheme, string Value);
public sealed record SourceDto(string Title, string? Url, DateOnly? RetrievedOn, DateOnly? StatusAsOf, string? Excerpt = null);
public sealed record AttachmentDto(int Id, string FileName, string MediaType, long Size, string Sha256, DateTime UploadedAt, string Url);
