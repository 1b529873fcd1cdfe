using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;

namespace Registry.Data.Search.Index;

/// <summary>A database whose records were stored before the search tables existed gets them indexed once.</summary>
public static class SearchIndexBackfill
{
    public static async Task<bool> EnsureAsync(RegistrySettings settings, CancellationToken ct = default)
    {
        await using (var db = settings.CreateContext())
        {
            if (!await db.Agreements.AnyAsync(ct)) return false;
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = $"SELECT CASE WHEN EXISTS (SELECT 1 FROM \"{FullTextIndex.TableOf(SearchTable.Agreements)}\") THEN 1 ELSE 0 END";
            await db.Database.OpenConnectionAsync(ct);
            if (Convert.ToInt32(await command.ExecuteScalarAsync(ct)) == 1) return false;
        }
        await SearchIndexer.RebuildAsync(settings, ct: ct);
        return true;
    }
}
