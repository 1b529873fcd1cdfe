using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Search;
using Registry.Data.Search.Facts;

namespace Registry.Search.Bench;

/// <summary>Runs the mix round after round, each search on a fresh context as a web request has, and prints the figures.</summary>
public sealed class MixRunner(RegistrySettings settings, SearchFactsCache cache)
{
    private const double TargetP50 = 20, TargetP95 = 100, TargetSpeedUp = 20;

    public async Task RunAsync(int rounds)
    {
        var warm = Stopwatch.StartNew();
        await using (var db = settings.CreateContext()) await cache.GetAsync(db);
        Console.WriteLine($"facts read into memory in {warm.Elapsed.TotalSeconds:N1} s (once per process; later saves reload only their agreements)");
        var times = SearchMix.Queries.Select(_ => new List<double>()).ToArray();
        var totals = new int[SearchMix.Queries.Length];
        for (var round = 0; round <= rounds; round++)
            for (var i = 0; i < SearchMix.Queries.Length; i++)
            {
                var start = Stopwatch.GetTimestamp();
                await using var db = settings.CreateContext();
                var result = await new CommitmentSearch(db, cache).SearchAsync(SearchMix.Queries[i].Request);
                if (round > 0) times[i].Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);   // round 0 warms up
                totals[i] = result.Total;
            }
        // The engine's share: the full-text match alone, ids only, no facts, facets or page.
        var match = new double[SearchMix.Queries.Length];
        for (var i = 0; i < SearchMix.Queries.Length; i++)
        {
            if (SearchMix.Queries[i].Request.Q is not { } q) continue;
            var query = Registry.Data.Search.Index.IndexQuery.From(Registry.Domain.Search.SearchQuery.Parse(q));
            var runs = new List<double>();
            for (var k = 0; k < 5; k++)
            {
                await using var db = settings.CreateContext();
                var start = Stopwatch.GetTimestamp();
                await Registry.Data.Search.Index.FullTextIndex.For(settings.Provider).MatchAsync(db, Registry.Data.Search.Index.SearchTable.Commitments, query, default);
                runs.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            match[i] = Percentile(runs, 0.5);
        }
        var baseline = new List<double>();
        Console.WriteLine($"{"kind",-12} {"query",-44} {"hits",9} {"p50 ms",8} {"p95 ms",8} {"match ms",9} {"LIKE ms",9} {"x faster",8}");
        for (var i = 0; i < SearchMix.Queries.Length; i++)
        {
            var (kind, request) = SearchMix.Queries[i];
            var like = await BaselineAsync(request);
            if (like is { } l) baseline.Add(l);
            var p50 = Percentile(times[i], 0.5);
            Console.WriteLine($"{kind,-12} {Describe(request),-44} {totals[i],9:N0} {p50,8:N1} {Percentile(times[i], 0.95),8:N1} {match[i],9:N1} " +
                $"{(like is { } b ? b.ToString("N0") : "-"),9} {(like is { } x ? (x / p50).ToString("N0") : "-"),8}");
        }
        var all = times.SelectMany(t => t).ToList();
        var (p50All, p95All) = (Percentile(all, 0.5), Percentile(all, 0.95));
        var speedUp = Percentile(baseline, 0.5) / Percentile([.. times.Where((_, i) => SearchMix.BaselineWords(SearchMix.Queries[i].Request).Count > 0).SelectMany(t => t)], 0.5);
        Console.WriteLine($"ALL {settings.Provider}: {all.Count} searches, p50 {p50All:N1} ms (target < {TargetP50}: {Verdict(p50All < TargetP50)}), " +
            $"p95 {p95All:N1} ms (target < {TargetP95}: {Verdict(p95All < TargetP95)}), max {all.Max():N1} ms; " +
            $"naive LIKE p50 {Percentile(baseline, 0.5):N0} ms, {speedUp:N0}x slower than search p50 (target >= {TargetSpeedUp}x: {Verdict(speedUp >= TargetSpeedUp)})");
    }

    /// <summary>The naive way: a case-folded LIKE '%word%' scan for the query's first word, with a count and a first page.</summary>
    private async Task<double?> BaselineAsync(SearchRequest request)
    {
        var words = SearchMix.BaselineWords(request);
        if (words.Count == 0) return null;
        var start = Stopwatch.GetTimestamp();
        await using var db = settings.CreateContext();
        var pattern = $"%{words[0]}%";
        var matching = db.Commitments.AsNoTracking().Where(c => EF.Functions.Like(c.Text.ToLower(), pattern));
        await matching.CountAsync();
        await matching.OrderByDescending(c => c.Id).Select(c => new { c.Id, c.Text }).Take(20).ToListAsync();
        return Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }

    private static string Describe(SearchRequest r)
    {
        var filters = string.Join(" ", new[] { r.Body.Count > 0 ? "body=" + string.Join("+", r.Body) : null, r.Kind is null ? null : "kind=" + r.Kind,
            r.From is null ? null : $"from={r.From:yyyy}", r.Modality is null ? null : "modality=" + r.Modality,
            r.Topic is null ? null : "topic=" + r.Topic, r.Resolution is null ? null : "res=" + r.Resolution }.OfType<string>());
        var text = $"{r.Q} {filters}".Trim();
        return text.Length > 44 ? text[..43] + "…" : text;
    }

    private static string Verdict(bool met) => met ? "met" : "MISSED";

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
