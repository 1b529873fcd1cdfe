using Registry.Domain.Agreements;

namespace Registry.Web.Agreements.Editing;

public sealed class PartyRow
{
    public string? Body { get; set; }
    public PartyRole Role { get; set; } = PartyRole.Party;
    public List<ActionRow> Actions { get; set; } = [];
}

public sealed class ActionRow
{
    public ParticipantActionType? Type { get; set; }
    public DateOnly? Date { get; set; }
    public DateOnly? DepositedOn { get; set; }
    public string? Note { get; set; }
}

public sealed class SignatoryRow
{
    public string? Person { get; set; }
    public string? Body { get; set; }
    public string? Position { get; set; }
    public DateOnly? SignedOn { get; set; }
    /// <summary>Where the proposed position came from, shown under the field.</summary>
    public string? PositionHint { get; set; }
    /// <summary>The last position proposed, so a later proposal may replace it but never what the user typed.</summary>
    public string? PositionHintValue { get; set; }
}

public sealed class CitationRow
{
    public string? Symbol { get; set; }
    public string? CitingWords { get; set; }
}

public sealed class CommitmentRow
{
    public string? Text { get; set; }
    public string? SourceText { get; set; }
    public Modality? Modality { get; set; }
    public string? Topics { get; set; }
    /// <summary>Abbreviations of the bodies bound; none ticked means all parties.</summary>
    public HashSet<string> Parties { get; set; } = new(StringComparer.OrdinalIgnoreCase);
    public string? Resolutions { get; set; }
}

public sealed class RelationRow
{
    public RelationType? Type { get; set; }
    public string? Target { get; set; }
    public string? Note { get; set; }
}

public sealed class TextRow
{
    public string? Language { get; set; }
    public bool IsAuthentic { get; set; } = true;
    public string? Content { get; set; }
}

public sealed class IdentifierRow
{
    public string? Scheme { get; set; }
    public string? Value { get; set; }
}

public sealed class SourceRow
{
    public string? Title { get; set; }
    public string? Url { get; set; }
    public DateOnly? RetrievedOn { get; set; }
    public DateOnly? StatusAsOf { get; set; }
    public string? Excerpt { get; set; }
}
