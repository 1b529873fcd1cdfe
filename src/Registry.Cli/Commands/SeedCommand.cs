using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Samples;

namespace Registry.Cli.Commands;

public static class SeedCommand
{
    public static async Task<int> RunAsync(RegistrySettings settings, string[] args)
    {
        var options = new Options(args);
        if (!options.Has("--samples"))
            throw new ArgumentException("say what to seed: registry seed --samples [--file PATH]");
        var path = options.Value("--file") ?? SampleLoader.DefaultPath;
        await using var db = settings.CreateContext(new AuditScope { User = "registry seed" });
        await db.Database.MigrateAsync();
        var report = await new SampleLoader(db, TimeProvider.System).LoadFileAsync(path);
        Console.WriteLine($"{settings.Provider}: {report} from {path}.");
        return 0;
    }
}
