using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Generation;
using Registry.Data.Generation.Bench;

namespace Registry.Cli.Commands;

/// <summary>
/// registry bench: makes sure N generated agreements exist, then prints p50/p95/max of the read queries;
/// --only get,title runs the operations whose name contains one of those words.
/// </summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(RegistrySettings settings, string[] rest)
    {
        var options = new Options(rest);
        var agreements = options.Int("--agreements", 100_000);
        var seed = options.Int("--seed", 1, min: 0);
        var iterations = options.Int("--iterations", 500);
        var only = options.Value("--only") is { } o ? o.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

        int generated, ofSeed;
        await using (var db = settings.CreateContext())
        {
            await db.Database.MigrateAsync();
            generated = await db.Agreements.CountAsync(a => a.IsGenerated);
            var prefix = AgreementFactory.PrefixOf(seed);
            ofSeed = await db.Agreements.CountAsync(a => a.ReferenceKey.StartsWith(prefix));
        }
        if (generated < agreements)
        {
            Console.WriteLine($"{generated:N0} generated agreements here; generating {agreements - generated:N0} more (seed {seed}) first");
            Console.WriteLine(await GenerateCommand.GenerateAsync(settings, ofSeed + agreements - generated, seed));
        }

        Console.WriteLine($"provider: {settings.Provider}; {Math.Max(generated, agreements):N0} generated agreements; {iterations} iterations per operation after a warm-up");
        var results = await new QueryBenchmark(settings).RunAsync(iterations, seed, only);
        Console.WriteLine($"{"operation",-34} {"count",6} {"p50 ms",8} {"p95 ms",8} {"max ms",8}  target");
        foreach (var r in results)
            Console.WriteLine($"{r.Operation,-34} {r.Count,6} {r.P50,8:N2} {r.P95,8:N2} {r.Max,8:N2}  " +
                (r.TargetP95 is { } t ? $"p95 < {t} ms {r.Verdict}" : "-"));
        return 0;
    }
}
