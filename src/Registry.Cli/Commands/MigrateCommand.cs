using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Search.Index;

namespace Registry.Cli.Commands;

public static class MigrateCommand
{
    public static async Task<int> RunAsync(RegistrySettings settings)
    {
        await using var db = settings.CreateContext();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        if (await SearchIndexBackfill.EnsureAsync(settings)) Console.WriteLine("Indexed the stored records for search.");
        Console.WriteLine($"{settings.Provider}: applied {pending.Count} migration(s){(pending.Count > 0 ? ": " + string.Join(", ", pending) : "")}.");
        return 0;
    }
}
