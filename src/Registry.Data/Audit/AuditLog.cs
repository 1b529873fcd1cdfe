using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Audit;

namespace Registry.Data.Audit;

public sealed record AuditFilter
{
    public string? User { get; init; }
    /// <summary>An entity type; an aggregate's type also takes in its parts ("Agreement" includes its commitments).</summary>
    public string? Type { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 50;
}

public sealed record AuditRow(long Id, DateTime At, string User, string Action, string EntityType, int EntityId,
    string AggregateType, int AggregateId, string? Reason, IReadOnlyList<AuditChange> Changes);

/// <summary>A page of entries; without a total, so a long log is never counted.</summary>
public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, bool HasMore);

/// <summary>The audit trail across every record, newest first, for the administrator's audit log.</summary>
public sealed class AuditLog(RegistryDbContext db)
{
    public async Task<AuditPage> QueryAsync(AuditFilter f, CancellationToken ct = default)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.User)) query = query.Where(e => e.User == f.User.Trim());
        if (!string.IsNullOrWhiteSpace(f.Type)) query = query.Where(e => e.EntityType == f.Type || e.AggregateType == f.Type);
        var entries = await query.OrderByDescending(e => e.Id)
            .Skip((int)Math.Min((Math.Max(f.Page, 1) - 1L) * f.PageSize, int.MaxValue)).Take(f.PageSize + 1).ToListAsync(ct);
        var rows = entries.Take(f.PageSize).Select(e => new AuditRow(e.Id, e.At, e.User, e.Action, e.EntityType, e.EntityId,
            e.AggregateType, e.AggregateId, e.Reason, AuditChange.Parse(e.Changes, p => EnumOf(e.EntityType, p)))).ToList();
        return new AuditPage(rows, entries.Count > f.PageSize);
    }

    private Type? EnumOf(string entityType, string property)
    {
        var type = db.Model.GetEntityTypes().FirstOrDefault(t => t.ClrType.Name == entityType)?.FindProperty(property)?.ClrType;
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type is { IsEnum: true } ? type : null;
    }

    public async Task<IReadOnlyList<string>> UsersAsync(CancellationToken ct = default) =>
        await db.AuditEntries.AsNoTracking().Select(e => e.User).Distinct().OrderBy(u => u).ToListAsync(ct);

    /// <summary>Every audited entity type, by its class name as the entries store it.</summary>
    public IReadOnlyList<string> EntityTypes() =>
        [.. db.Model.GetEntityTypes().Select(t => t.ClrType.Name).Where(n => n != nameof(AuditEntry)).Distinct().Order(StringComparer.Ordinal)];
}
