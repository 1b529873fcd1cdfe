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
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
