namespace Registry.Dossiers.Bench;

/// <summary>Samples the resident memory of this process plus every process below it (Chromium) and keeps the peak.</summary>
public sealed class MemoryWatch : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public MemoryWatch() => _loop = Task.Run(LoopAsync);

    public long PeakBytes { get; private set; }
    public long PeakChromiumBytes { get; private set; }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var (own, children) = Sample();
            if (own + children > PeakBytes) PeakBytes = own + children;
            if (children > PeakChromiumBytes) PeakChromiumBytes = children;
            try { await Task.Delay(50, _stop.Token); } catch (OperationCanceledException) { }
        }
    }

    /// <summary>CPU seconds used so far by this process and its descendants (user + system, from /proc/*/stat).</summary>
    public static double CpuSeconds() => Tree().Sum(pid => Stat(pid) is { } f ? (long.Parse(f[11]) + long.Parse(f[12])) / 100.0 : 0);

    private static string[]? Stat(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        }
        catch (IOException) { return null; }
    }

    private static List<int> Tree()
    {
        var parents = Parents();
        var self = Environment.ProcessId;
        return [self, .. parents.Keys.Where(pid => IsBelow(pid, self, parents))];
    }

    /// <summary>RSS of this process and the sum over its descendants, from /proc.</summary>
    public static (long Own, long Descendants) Sample()
    {
        var tree = Tree();
        return (Rss(tree[0]), tree.Skip(1).Sum(Rss));
    }

    private static Dictionary<int, int> Parents()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            if (Stat(pid) is { } fields) parents[pid] = int.Parse(fields[1]);
        }
        return parents;
    }

    private static bool IsBelow(int pid, int ancestor, Dictionary<int, int> parents)
    {
        for (var at = pid; parents.TryGetValue(at, out var parent) && at > 1; at = parent)
            if (parent == ancestor) return true;
        return false;
    }

    private static long Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
        }
        catch (IOException) { return 0; }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }
}
