namespace Registry.Data.Database;

/// <summary>Who is changing data, and why: stamped on every audit entry of the unit of work.</summary>
public sealed class AuditScope
{
    public static AuditScope System => new() { User = "system" };

    public string User { get; set; } = "anonymous";
    public string? Reason { get; set; }
    public Func<DateTime> Clock { get; init; } = () => DateTime.UtcNow;
}
