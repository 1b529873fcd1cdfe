using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;

namespace Registry.Data.Search;

public static class ResolutionSymbols
{
    public static async Task<Dictionary<int, string>> OfAsync(RegistryDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.ToList();
        return await db.Resolutions.AsNoTracking().Where(r => wanted.Contains(r.Id)).ToDictionaryAsync(r => r.Id, r => r.Symbol, ct);
    }
}
