using Microsoft.EntityFrameworkCore;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Common;
using Registry.Domain.Search;

namespace Registry.Data.Search.Saved;

public sealed record SavedSearchDto(int Id, string Name, string Query, DateTime CreatedAt)
{
    public static SavedSearchDto From(SavedSearch s) => new(s.Id, s.Name, s.Query, s.CreatedAt);
}

/// <summary>A user's saved searches: each user lists, saves and deletes only their own.</summary>
public sealed class SavedSearches(RegistryDbContext db, TimeProvider clock)
{
    public const int MaxPerUser = 200;

    public async Task<IReadOnlyList<SavedSearchDto>> MineAsync(int ownerId, CancellationToken ct = default) =>
        [.. (await db.SavedSearches.AsNoTracking().Where(s => s.OwnerId == ownerId).ToListAsync(ct))
            .OrderBy(s => s.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(s => s.Id).Select(SavedSearchDto.From)];

    public async Task<SavedSearchDto> SaveAsync(int ownerId, string? name, string? query, CancellationToken ct = default)
    {
        var search = SavedSearch.Create(ownerId, name, query, clock.GetUtcNow().UtcDateTime);
        if (await db.SavedSearches.AnyAsync(s => s.OwnerId == ownerId && s.Name == search.Name, ct))
            throw new ConflictException("name", $"You already have a saved search named \"{search.Name}\".");
        if (await db.SavedSearches.CountAsync(s => s.OwnerId == ownerId, ct) >= MaxPerUser)
            throw new DomainException("name", $"You have {MaxPerUser} saved searches, the most one user may keep. Delete one first.");
        db.SavedSearches.Add(search);
        await db.SaveChangesAsync(ct);
        return SavedSearchDto.From(search);
    }

    /// <summary>Someone else's search is answered as missing, so its existence is not given away.</summary>
    public async Task DeleteAsync(int ownerId, int id, CancellationToken ct = default)
    {
        var search = await db.SavedSearches.FirstOrDefaultAsync(s => s.Id == id && s.OwnerId == ownerId, ct)
            ?? throw new NotFoundException($"Saved search {id}");
        db.SavedSearches.Remove(search);
        await db.SaveChangesAsync(ct);
    }
}
