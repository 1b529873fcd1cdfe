using System.Diagnostics;

namespace Registry.Dossiers.Bench;

public static class Timings
{
    public static async Task<List<double>> SequentialAsync(int times, Func<Task> run)
    {
        var ms = new List<double>();
        for (var i = 0; i < times; i++)
        {
            var clock = Stopwatch.StartNew();
            await run();
            ms.Add(clock.Elapsed.TotalMilliseconds);
        }
        return ms;
    }

    /// <summary>Dossiers per second with <paramref name="workers"/> printing at once for about <paramref name="duration"/>.</summary>
    public static async Task<(int Done, double PerSecond)> SustainedAsync(int workers, TimeSpan duration, Func<int, Task> run)
    {
        var clock = Stopwatch.StartNew();
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            for (var i = w; clock.Elapsed < duration; i += workers)
            {
                await run(i);
                Interlocked.Increment(ref done);
            }
        }));
        return (done, done / clock.Elapsed.TotalSeconds);
    }

    /// <summary>CPU seconds (this process plus Chromium) per dossier while <paramref name="run"/> printed <c>count</c> of them.</summary>
    public static async Task<T> CpuAsync<T>(Func<Task<T>> run, Func<T, int> count, Action<double> perDossier)
    {
        var before = MemoryWatch.CpuSeconds();
        var result = await run();
        perDossier((MemoryWatch.CpuSeconds() - before) / Math.Max(1, count(result)));
        return result;
    }

    public static double Percentile(List<double> ms, double p)
    {
        var sorted = ms.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Summary(List<double> ms) =>
        $"p50 {Percentile(ms, 0.5),6:0} ms   p95 {Percentile(ms, 0.95),6:0} ms   ({ms.Count} runs, {1000 / ms.Average():0.00} dossiers/s one at a time)";
}
