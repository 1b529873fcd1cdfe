using System.Diagnostics;
using System.Net;

namespace Registry.Web.Bench;

/// <summary>Times one URL: from sending the request to the last byte of the body, over loopback.</summary>
public static class Timings
{
    public sealed record Result(string Name, int Count, double P50, double P95, double Max, string? ServerTiming);

    public static async Task<Result> MeasureAsync(HttpClient http, string name, string url, int warmUp, int iterations)
    {
        for (var i = 0; i < warmUp; i++) await TimeAsync(http, url);
        var times = new List<double>(iterations);
        string? serverTiming = null;
        for (var i = 0; i < iterations; i++)
        {
            var (ms, header) = await TimeAsync(http, url);
            times.Add(ms);
            serverTiming ??= header;
        }
        times.Sort();
        return new Result(name, iterations, Percentile(times, 0.50), Percentile(times, 0.95), times[^1], serverTiming);
    }

    private static async Task<(double Ms, string? ServerTiming)> TimeAsync(HttpClient http, string url)
    {
        var start = Stopwatch.GetTimestamp();
        using var response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead);
        var body = await response.Content.ReadAsStringAsync();
        var ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK || !body.Contains("<table", StringComparison.Ordinal))
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} without a table; is the filter valid?");
        var header = response.Headers.TryGetValues("Server-Timing", out var values) ? string.Join(", ", values) : null;
        return (ms, header);
    }

    // Nearest-rank percentile on sorted values.
    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
