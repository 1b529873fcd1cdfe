namespace Registry.Data.Generation.Bench;

/// <summary>Timings of one operation, in milliseconds, against an optional p95 target.</summary>
public sealed record BenchResult(string Operation, int Count, double P50, double P95, double Max, double? TargetP95)
{
    public string Verdict => TargetP95 is { } t ? P95 < t ? "PASS" : "MISS" : "";

    public static BenchResult From(string operation, List<double> ms, double? target)
    {
        ms.Sort();
        return new BenchResult(operation, ms.Count, Rank(ms, 0.50), Rank(ms, 0.95), ms[^1], target);
    }

    /// <summary>Nearest-rank percentile of sorted timings.</summary>
    private static double Rank(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
