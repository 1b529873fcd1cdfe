using System.Diagnostics;
using System.Text;
using Registry.Data.Database;
using Registry.Data.Search;
using Registry.Data.Search.Facts;

namespace Registry.Search.Bench;

/// <summary>Streams every hit of a broad query as CSV to nowhere, sampling the managed heap as it goes.</summary>
public static class CsvRun
{
    public static async Task RunAsync(RegistrySettings settings)
    {
        var request = new SearchRequest { Q = "terrorist OR terrorism" };   // over 100,000 hits, as the issue asks
        await using var db = settings.CreateContext();
        var cache = new SearchFactsCache();
        await cache.GetAsync(db);   // the facts are the app's standing memory, not the export's
        var search = new CommitmentSearch(db, cache);
        GC.Collect();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var (rows, bytes, peak) = (0, 0L, 0L);
        var watch = Stopwatch.StartNew();
        await foreach (var hit in search.AllAsync(request))
        {
            bytes += Encoding.UTF8.GetByteCount($"{hit.CommitmentId},{hit.ReferenceNumber},{hit.AgreementTitle},{hit.Text}\r\n");
            if (++rows % 5_000 == 0) peak = Math.Max(peak, GC.GetTotalMemory(false));
        }
        Console.WriteLine($"CSV stream: {rows:N0} rows, {bytes / 1048576.0:N0} MB in {watch.Elapsed.TotalSeconds:N1} s; managed heap {before / 1048576.0:N0} MB before, " +
            $"at most {peak / 1048576.0:N0} MB while streaming (sampled every 5,000 rows); process peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:N0} MB");
    }
}
