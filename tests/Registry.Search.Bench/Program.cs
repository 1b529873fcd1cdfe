using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Generation;
using Registry.Data.Search.Facts;
using Registry.Search.Bench;
using Registry.Testing;

// registry-search-bench [--agreements N] [--rounds K] [--providers sqlite,postgresql] [--sqlite-dir DIR] [--postgres CONNECTION]
// Generates N agreements (seed 1) on each provider, a throwaway PostgreSQL cluster included, then times the fixed
// query mix (SearchMix) through CommitmentSearch, facets and all, against a naive LIKE '%word%' baseline, and
// streams one large CSV export while it watches memory. It measures; it asserts nothing. Generation skips a seed's
// records already stored, so a kept --sqlite-dir or a --postgres database is generated once and timed many times.
var agreements = Option("--agreements", 100_000);
var rounds = Option("--rounds", 20);
var providers = (Text("--providers") ?? "sqlite,postgresql").Split(',').Select(DatabaseSetup.ParseProvider).ToList();
Console.WriteLine($"{Environment.ProcessorCount} cores; {agreements:N0} generated agreements, seed 1; {SearchMix.Queries.Length} queries x {rounds} rounds; load {Load()}");

foreach (var provider in providers)
{
    var settings = provider == DatabaseProvider.Sqlite
        ? new RegistrySettings { Provider = provider, DataDirectory = Directory.CreateDirectory(Text("--sqlite-dir") ?? "/tmp/registry-search-bench").FullName }
        : new RegistrySettings { Provider = provider, ConnectionString = Text("--postgres") ?? await PostgresCluster.CreateDatabaseAsync("search_bench"), DataDirectory = "/tmp" };
    var watch = Stopwatch.StartNew();
    var report = await new AgreementGenerator(settings).GenerateAsync(agreements, seed: 1);
    int commitments;
    await using (var db = settings.CreateContext()) commitments = await db.Commitments.CountAsync();
    Console.WriteLine($"\n== {provider}: {commitments:N0} commitments; generated and indexed {report.Added:N0} agreements in {watch.Elapsed.TotalSeconds:N1} s");
    await new MixRunner(settings, new SearchFactsCache()).RunAsync(rounds);
    await CsvRun.RunAsync(settings);
    Console.WriteLine($"load after {provider}: {Load()}");
}
return 0;

int Option(string name, int fallback) => int.TryParse(Text(name), out var v) && v > 0 ? v : fallback;
string? Text(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
