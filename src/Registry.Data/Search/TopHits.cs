namespace Registry.Data.Search;

/// <summary>
/// The order hits are shown in, as one number per hit: the best <see cref="Relevance"/> rank first, then the newest
/// signing date, then the newest record (or, asked for the oldest first, the earliest date and record).
/// </summary>
public static class TopHits
{
    /// <param name="rank">Lowest first, below 65,536.</param>
    /// <param name="oldestFirst">Earliest date and lowest id first; undated records still come last.</param>
    public static long Key(int rank, DateOnly? signedOn, int id, bool oldestFirst = false) =>
        ((long)rank << 47) | ((long)(oldestFirst ? signedOn?.DayNumber ?? MaxDay - 1 : MaxDay - (signedOn?.DayNumber ?? -1) - 1) << 25)
        | (oldestFirst ? (uint)id : MaxId - (uint)id);

    /// <summary>The hits from <paramref name="skip"/> to skip + take in key order, without sorting them all.</summary>
    public static List<int> Page(List<(int Id, long Key)> hits, int skip, int take)
    {
        var keep = skip + take;
        var heap = new PriorityQueue<int, long>(Comparer<long>.Create((a, b) => b.CompareTo(a)));
        foreach (var (id, key) in hits)
        {
            if (heap.Count < keep) heap.Enqueue(id, key);
            else if (heap.TryPeek(out _, out var worst) && key < worst) heap.DequeueEnqueue(id, key);
        }
        var best = new List<int>(heap.Count);
        while (heap.Count > 0) best.Add(heap.Dequeue());
        best.Reverse();
        return best.Skip(skip).ToList();
    }

    /// <summary>Every hit in key order, for exports.</summary>
    public static int[] All(List<(int Id, long Key)> hits)
    {
        var keys = hits.Select(h => h.Key).ToArray();
        var ids = hits.Select(h => h.Id).ToArray();
        Array.Sort(keys, ids);
        return ids;
    }

    private const int MaxDay = (1 << 22) - 1;
    private const uint MaxId = (1u << 25) - 1;
}
