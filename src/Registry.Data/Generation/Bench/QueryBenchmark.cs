using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Database;
using Registry.Data.Search.Facts;

namespace Registry.Data.Generation.Bench;

/// <summary>
/// Times the queries behind GET /api/agreements/{id} and GET /api/agreements, each on a fresh context as a web
/// request would have, after a warm-up. It measures; it asserts nothing.
/// </summary>
public sealed class QueryBenchmark(RegistrySettings settings)
{
    // One per process, as the app keeps one: the list counts its totals over it.
    private readonly SearchFactsCache facts = new();

    public const double GetTargetMs = 10, ListTargetMs = 50, SortTargetMs = 300;

    private static readonly (string Body, int From, int To, string Resolution)[] Filters =
    [
        ("CSTO", 2010, 2020, "S/RES/1373 (2001)"), ("CIS", 2000, 2015, "S/RES/1373 (2001)"), ("SCO", 2015, 2025, "S/RES/2178 (2014)"),
        ("SCO RATS", 2005, 2025, "S/RES/1267 (1999)"), ("CIS ATC", 2010, 2022, "A/RES/60/288"), ("Russia", 2014, 2024, "S/RES/2462 (2019)"),
        ("Kazakhstan", 1995, 2025, "resolution 1373"), ("CSTO Secretariat", 2017, 2025, "S/RES/2354 (2017)"),
    ];

    private static readonly string[] Texts = ["terrorism", "extremism", "internet", "ратс шос", "集体安全", "gen-1-0001"];

    /// <param name="only">Runs only the operations whose name contains one of these; all when empty.</param>
    public async Task<IReadOnlyList<BenchResult>> RunAsync(int iterations, int seed, IReadOnlyList<string>? only = null,
        CancellationToken ct = default)
    {
        List<int> ids;
        await using (var db = settings.CreateContext())
        {
            ids = await db.Agreements.Where(a => a.IsGenerated).Select(a => a.Id).ToListAsync(ct);
            await facts.GetAsync(db, ct);   // as the web app reads them when it starts
        }
        if (ids.Count == 0) throw new InvalidOperationException("The database holds no generated agreements to read.");
        var random = new Random(seed);
        (string Name, double? Target, Func<RegistryDbContext, int, Task> Run)[] operations =
        [
            ("GET agreement by id", GetTargetMs, (db, _) => new AgreementReader(db).GetAsync(ids[random.Next(ids.Count)], ct)),
            ("list: body + years + resolution", ListTargetMs, (db, i) => new AgreementList(db, facts).QueryAsync(Filter(i), ct)),
            ("list: first page, no filter", null, (db, _) => new AgreementList(db, facts).QueryAsync(new AgreementFilter(), ct)),
            ("list: q text filter", null, (db, i) => new AgreementList(db, facts).QueryAsync(new AgreementFilter { Q = Texts[i % Texts.Length] }, ct)),
            ("list: sorted by title, no filter", SortTargetMs, (db, i) => new AgreementList(db, facts).QueryAsync(
                new AgreementFilter { Sort = i % 2 == 0 ? "title-asc" : "title-desc", Page = 1 + i % 5 }, ct)),
            ("list: body + years + res. by title", null, (db, i) => new AgreementList(db, facts).QueryAsync(Filter(i) with { Sort = "title-asc" }, ct)),
        ];
        var results = new List<BenchResult>();
        foreach (var (name, target, run) in operations)
        {
            if (only is { Count: > 0 } && !only.Any(o => name.Contains(o, StringComparison.OrdinalIgnoreCase))) continue;
            for (var i = 0; i < Math.Min(20, iterations); i++) await TimeAsync(run, i);
            var timings = new List<double>(iterations);
            for (var i = 0; i < iterations; i++) timings.Add(await TimeAsync(run, i));
            results.Add(BenchResult.From(name, timings, target));
        }
        return results;
    }

    private async Task<double> TimeAsync(Func<RegistryDbContext, int, Task> run, int iteration)
    {
        var start = Stopwatch.GetTimestamp();
        await using (var db = settings.CreateContext()) await run(db, iteration);
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static AgreementFilter Filter(int i)
    {
        var (body, from, to, resolution) = Filters[i % Filters.Length];
        return new AgreementFilter { Body = body, From = new DateOnly(from, 1, 1), To = new DateOnly(to, 12, 31), Resolution = resolution };
    }
}
