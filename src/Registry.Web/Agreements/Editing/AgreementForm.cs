using Registry.Data.Agreements;
using Registry.Domain.Agreements;

namespace Registry.Web.Agreements.Editing;

/// <summary>
/// What the editor's inputs bind to. It holds text as typed; the rules live in the domain and are checked on save,
/// so the form never keeps a second copy of them.
/// </summary>
public sealed partial class AgreementForm
{
    public int Id { get; set; }
    public int Version { get; set; }
    public bool IsGenerated { get; set; }
    public string? ReferenceNumber { get; set; }
    public string? Title { get; set; }
    public string? ShortTitle { get; set; }
    public string? TitleRu { get; set; }
    public string? TitleZh { get; set; }
    public AgreementKind? Kind { get; set; }
    public AgreementStatus? Status { get; set; }
    public DateOnly? AdoptedOn { get; set; }
    public DateOnly? OpenedForSignatureOn { get; set; }
    public DateOnly? SignedOn { get; set; }
    public DateOnly? EntryIntoForceOn { get; set; }
    public DateOnly? TerminatedOn { get; set; }
    public string? PlaceCity { get; set; }
    public string? PlaceVenue { get; set; }
    public string? PlaceCountry { get; set; }
    public string? Depositary { get; set; }
    public string? AuthenticLanguages { get; set; }
    public string? Subjects { get; set; }
    public string? Summary { get; set; }
    public string? CorrectionReason { get; set; }

    public List<PartyRow> Parties { get; set; } = [];
    public List<SignatoryRow> Signatories { get; set; } = [];
    public List<CitationRow> Citations { get; set; } = [];
    public List<CommitmentRow> Commitments { get; set; } = [];
    public List<RelationRow> Relations { get; set; } = [];
    public List<TextRow> Texts { get; set; } = [];
    public List<IdentifierRow> Identifiers { get; set; } = [];
    public List<SourceRow> Sources { get; set; } = [];

    /// <summary>The body abbreviations of the parties entered so far, for the signatory and commitment pickers.</summary>
    public IEnumerable<string> PartyBodies =>
        Parties.Select(p => p.Body?.Trim()).OfType<string>().Where(b => b.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

    internal static List<string>? SplitList(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null
        : [.. text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    internal static string? JoinList(IEnumerable<string>? items) => items is null ? null : string.Join(", ", items);

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
