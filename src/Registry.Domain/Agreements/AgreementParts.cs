using Registry.Domain.Common;

namespace Registry.Domain.Agreements;

/// <summary>A row that belongs to one agreement; the audit files its changes under that agreement.</summary>
public abstract class AgreementPart : Entity
{
    public int AgreementId { get; internal set; }
}

public sealed class Party : AgreementPart
{
    public int BodyId { get; internal set; }
    public PartyRole Role { get; internal set; }
}

public sealed class ParticipantAction : AgreementPart
{
    public int BodyId { get; internal set; }
    public ParticipantActionType Type { get; internal set; }
    public DateOnly Date { get; internal set; }
    /// <summary>Where a depositary is involved, the deposit is dated apart from the act.</summary>
    public DateOnly? DepositedOn { get; internal set; }
    public string? Note { get; internal set; }
}

public sealed class Signatory : AgreementPart
{
    public int PersonId { get; internal set; }
    public int BodyId { get; internal set; }
    /// <summary>The position held at signing, not the person's current one.</summary>
    public string? Position { get; internal set; }
    public DateOnly? SignedOn { get; internal set; }
}

public sealed class Citation : AgreementPart
{
    public int ResolutionId { get; internal set; }
    public string? CitingWords { get; internal set; }
}

public sealed class AgreementRelation : AgreementPart
{
    public int TargetAgreementId { get; internal set; }
    public RelationType Type { get; internal set; }
    public string? Note { get; internal set; }
}

public sealed class AgreementText : AgreementPart
{
    public string Language { get; internal set; } = "";
    public bool IsAuthentic { get; internal set; }
    public string Content { get; internal set; } = "";
}

public sealed class ExternalIdentifier : AgreementPart
{
    public string Scheme { get; internal set; } = "";
    public string Value { get; internal set; } = "";
}

public sealed class Source : AgreementPart
{
    public string Title { get; internal set; } = "";
    public string? Url { get; internal set; }
    public DateOnly? RetrievedOn { get; internal set; }
    /// <summary>The date the participant information was checked against this source.</summary>
    public DateOnly? StatusAsOf { get; internal set; }
    public string? Excerpt { get; internal set; }
}

public sealed class Attachment : AgreementPart
{
    public string FileName { get; internal set; } = "";
    public string MediaType { get; internal set; } = "";
    public long Size { get; internal set; }
    public string Sha256 { get; internal set; } = "";
    public DateTime UploadedAt { get; internal set; }
}

public sealed class Commitment : AgreementPart
{
    public int Ordinal { get; internal set; }
    /// <summary>The commitment as recorded: one thing the parties commit to.</summary>
    public string Text { get; internal set; } = "";
    /// <summary>The exact sentence of the document it comes from.</summary>
    public string? SourceText { get; internal set; }
    public Modality Modality { get; internal set; }
    public List<string> Topics { get; internal set; } = [];
    /// <summary>The parties bound; empty means every party.</summary>
    public List<int> BodyIds { get; internal set; } = [];
    public List<int> ResolutionIds { get; internal set; } = [];
}
