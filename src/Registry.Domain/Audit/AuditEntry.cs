namespace Registry.Domain.Audit;

/// <summary>One change to one row, written in the same transaction as the change itself.</summary>
public sealed class AuditEntry
{
    public long Id { get; private set; }
    public DateTime At { get; init; }
    public string User { get; init; } = "";
    /// <summary>The record the change belongs to, e.g. Agreement 12 for a change to one of its commitments.</summary>
    public string AggregateType { get; init; } = "";
    public int AggregateId { get; init; }
    public string EntityType { get; init; } = "";
    public int EntityId { get; init; }
    public string Action { get; init; } = "";
    public string? Reason { get; init; }
    /// <summary>JSON: { property: [before, after] }.</summary>
    public string Changes { get; init; } = "{}";
}
