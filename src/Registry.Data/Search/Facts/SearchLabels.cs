using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;

namespace Registry.Data.Search.Facts;

/// <summary>
/// How hits and facets name bodies (by abbreviation where there is one) and resolutions (by symbol). Held beside
/// the facts, so a search asks the database for no names; a body or resolution saved since reloads them all.
/// </summary>
public sealed class SearchLabels(Dictionary<int, string> bodies, Dictionary<int, string> resolutions)
{
    public static readonly SearchLabels None = new([], []);

    public string Body(int id) => bodies.GetValueOrDefault(id) ?? id.ToString();

    public string Resolution(int id) => resolutions.GetValueOrDefault(id) ?? id.ToString();

    public static async Task<SearchLabels> LoadAsync(RegistryDbContext db, CancellationToken ct) => new(
        await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.Abbreviation, b.Name })
            .ToDictionaryAsync(b => b.Id, b => string.IsNullOrEmpty(b.Abbreviation) ? b.Name : b.Abbreviation, ct),
        await db.Resolutions.AsNoTracking().Select(r => new { r.Id, r.Symbol }).ToDictionaryAsync(r => r.Id, r => r.Symbol, ct));
}
