using Registry.Domain.Agreements;

namespace Registry.Data.Agreements;

public sealed record AgreementListItem(int Id, string ReferenceNumber, string Title, AgreementKind Kind,
    AgreementStatus Status, DateOnly? SignedOn, string? Place, IReadOnlyList<string> Bodies);

public sealed record Page<T>(IReadOnlyList<T> Items, int Total);

public sealed record AgreementFilter
{
    public string? Q { get; init; }
    public string? Body { get; init; }
    public AgreementKind? Kind { get; init; }
    public AgreementStatus? Status { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Resolution { get; init; }
    /// <summary>
    /// The order of the list: a key and a direction, "signed-desc" (the default: newest first, undated records
    /// last), "signed-asc", "title-asc", "title-desc", "reference-asc", "reference-desc", "kind-asc", "kind-desc",
    /// "status-asc" or "status-desc". Records with the same key keep the order of their ids, in the same direction.
    /// Titles sort in the database's collation, reference numbers ignoring case, kinds and statuses by their names.
    /// </summary>
    public string? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
