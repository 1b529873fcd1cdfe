using Bogus;

namespace Registry.Data.Generation;

/// <summary>Small random draws the factories share.</summary>
public static class Draws
{
    /// <summary>One Bogus randomizer per agreement, so record n of a seed is the same whatever the batch size or N.</summary>
    public static Randomizer For(int seed, int n)
    {
        // SplitMix64 finalizer: neighbouring (seed, n) pairs get unrelated streams.
        var z = ((ulong)(uint)seed << 32 | (uint)n) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return new Randomizer((int)((z ^ (z >> 31)) & 0x7FFFFFFF));
    }

    public static DateOnly Date(this Randomizer r, DateOnly first, DateOnly last) =>
        first.AddDays(r.Number(0, last.DayNumber - first.DayNumber));

    public static T Weighted<T>(this Randomizer r, params (T Item, int Weight)[] choices)
    {
        var roll = r.Number(1, choices.Sum(c => c.Weight));
        foreach (var (item, weight) in choices)
            if ((roll -= weight) <= 0) return item;
        return choices[^1].Item;
    }

    public static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
    public static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
