using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;

namespace Registry.Data.Bodies;

public sealed record OfficeHolder(int PersonId, string FullName, string? FullNameRu, string Position, DateOnly? From, DateOnly? To);

/// <summary>The people appointed to a position at one body, the latest appointment first.</summary>
public sealed class OfficeHolders(RegistryDbContext db)
{
    public async Task<IReadOnlyList<OfficeHolder>> ForBodyAsync(int bodyId, CancellationToken ct = default)
    {
        var holders = await db.Appointments.AsNoTracking().Where(a => a.BodyId == bodyId)
            .Join(db.People, a => a.PersonId, p => p.Id,
                (a, p) => new OfficeHolder(p.Id, p.FullName, p.FullNameRu, a.Position, a.From, a.To))
            .ToListAsync(ct);
        // Sorted here: providers place NULL dates at opposite ends.
        return [.. holders.OrderByDescending(h => h.From ?? DateOnly.MinValue).ThenBy(h => h.FullName, StringComparer.CurrentCulture)];
    }
}
