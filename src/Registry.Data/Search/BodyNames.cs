using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;

namespace Registry.Data.Search;

/// <summary>How a hit names its bodies: by abbreviation where there is one.</summary>
public static class BodyNames
{
    public static async Task<Dictionary<int, string>> OfAsync(RegistryDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Bodies.AsNoTracking().Where(b => wanted.Contains(b.Id))
            .ToDictionaryAsync(b => b.Id, b => string.IsNullOrEmpty(b.Abbreviation) ? b.Name : b.Abbreviation, ct);
    }
}
