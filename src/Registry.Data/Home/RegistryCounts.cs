using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;

namespace Registry.Data.Home;

public sealed record RegistryTotals(int Agreements, int Bodies, int People, int Resolutions, int Commitments);

/// <summary>How much the registry holds, for the home page.</summary>
public sealed class RegistryCounts(RegistryDbContext db)
{
    // Counting near a million commitments scans a whole table: the answer is kept until the next save.
    private static readonly SavedStateCache<RegistryTotals> Cache = new();

    public Task<RegistryTotals> GetAsync(CancellationToken ct = default) => Cache.GetAsync(db, "totals", async () => new RegistryTotals(
        await db.Agreements.CountAsync(ct),
        await db.Bodies.CountAsync(ct),
        await db.People.IgnoreAutoIncludes().CountAsync(ct),
        await db.Resolutions.CountAsync(ct),
        await db.Commitments.CountAsync(ct)), ct);
}
