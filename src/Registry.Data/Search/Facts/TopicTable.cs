using System.Collections.Concurrent;

namespace Registry.Data.Search.Facts;

/// <summary>Topic names by a small ordinal, so facts hold short arrays and facets count into an array. Only grows.</summary>
public sealed class TopicTable
{
    private readonly ConcurrentDictionary<string, short> _ordinals = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _names = [];
    private readonly Lock _lock = new();
    private readonly ConcurrentDictionary<string, short[]> _lists = new();

    public int Count => _names.Count;

    public string Name(short ordinal) { lock (_lock) return _names[ordinal]; }

    public short? Find(string name) => _ordinals.TryGetValue(name, out var o) ? o : null;

    /// <summary>The ordinals of a topic list; equal lists share one array.</summary>
    public short[] Intern(IReadOnlyList<string> topics)
    {
        var key = string.Join('\n', topics);
        return _lists.TryGetValue(key, out var shared) ? shared : _lists.GetOrAdd(key, _ => [.. topics.Select(Ordinal).Distinct()]);
    }

    private short Ordinal(string name)
    {
        if (_ordinals.TryGetValue(name, out var o)) return o;
        lock (_lock)
        {
            if (_ordinals.TryGetValue(name, out o)) return o;
            if (_names.Count == short.MaxValue) throw new InvalidOperationException("More than 32,767 distinct topics.");
            _names.Add(name);
            return _ordinals[name] = (short)(_names.Count - 1);
        }
    }
}
