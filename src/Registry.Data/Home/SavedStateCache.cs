using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;

namespace Registry.Data.Home;

/// <summary>
/// Keeps one answer per database (and key) until something is saved. Every save through the registry writes an
/// audit entry and the bulk generator adds agreements, so the highest audit id and the highest agreement id,
/// two primary-key lookups, tell whether a count over the whole registry must be made again.
/// </summary>
internal sealed class SavedStateCache<T>
{
    private readonly ConcurrentDictionary<string, ((int?, int?) Stamp, T Value)> _entries = new();

    public async Task<T> GetAsync(RegistryDbContext db, string key, Func<Task<T>> compute, CancellationToken ct)
    {
        var stamp = (await db.AuditEntries.MaxAsync(e => (int?)e.Id, ct), await db.Agreements.MaxAsync(a => (int?)a.Id, ct));
        var fullKey = $"{db.Database.GetConnectionString()}|{key}";
        if (_entries.TryGetValue(fullKey, out var hit) && hit.Stamp == stamp) return hit.Value;
        var value = await compute();
        _entries[fullKey] = (stamp, value);
        return value;
    }
}
