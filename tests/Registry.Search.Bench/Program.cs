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
// A server's buffers are sized to its memory (a quarter is usual); PostgreSQL's default of 128 MB is not a server's.
const string ServerOptions = "-c shared_buffers=2GB";
Environment.SetEnvironmentVariable(PostgresCluster.OptionsVariable, ServerOptions);
Console.WriteLine($"PostgreSQL, unless --postgres names one: a throwaway cluster with {ServerOptions}");
Console.WriteLine($"{Environment.ProcessorCount} cores; {agreements:N0} generated agreements, seed 1; {SearchMix.Queries.Length} queries x {rounds} rounds; load {Load()}");

foreach (var provider in providers)
{
    var settings = provider == DatabaseProvider.Sqlite
        ? new RegistrySettings { Provider = provider, DataDirectory = Directory.CreateDirectory(Text("--sqlite-dir") ?? FreshDirectory()).FullName }
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

// A directory of its own per run unless one is named: a kept one would hold what an older generator wrote.
static string FreshDirectory()
{
    var path = Path.Combine(Path.GetTempPath(), "registry-search-bench");
    if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    return path;
}

int Option(string name, int fallback) => int.TryParse(Text(name), out var v) && v > 0 ? v : fallback;
string? Text(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
