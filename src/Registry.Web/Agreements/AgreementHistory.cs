using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Web.Agreements;

public sealed record HistoryEntryDto(DateTime At, string User, string Action, string EntityType, int EntityId,
    string? Reason, JsonElement Changes);

public sealed class AgreementHistory(RegistryDbContext db)
{
    public async Task<IReadOnlyList<HistoryEntryDto>> ForAgreementAsync(int id, CancellationToken ct)
    {
        if (!await db.Agreements.AnyAsync(a => a.Id == id, ct)) throw new NotFoundException($"Agreement {id}");
        var entries = await db.AuditEntries.AsNoTracking()
            .Where(e => e.AggregateType == nameof(Agreement) && e.AggregateId == id)
            .OrderBy(e => e.Id).ToListAsync(ct);
        return [.. entries.Select(e => new HistoryEntryDto(e.At, e.User, e.Action, e.EntityType, e.EntityId, e.Reason,
            JsonDocument.Parse(e.Changes).RootElement))];
    }
}
