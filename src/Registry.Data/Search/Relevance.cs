using Registry.Data.Database;
using Registry.Data.Search.Facts;
using Registry.Data.Search.Index;

namespace Registry.Data.Search;

/// <summary>
/// BM25 (k1 = 1.2, b = 0.75, the defaults of FTS5 and Lucene), each term counted once per record. The engines match;
/// scoring every hit inside them (FTS5's bm25(), PostgreSQL's ts_rank) read each hit's sizes or tsvector again and
/// cost more than the search itself. When every term is required, every hit holds every term, and BM25 orders by
/// length alone: the rank is the length, and the engine is asked nothing more. With OR, each term's matches are read
/// once more, to learn which terms a hit holds and how rare each term is, so a hit with both sides ranks high.
/// </summary>
public sealed class Relevance
{
    /// <summary>The highest (worst) rank; 15 bits, so agreement search can put title hits first with a 16th.</summary>
    public const int MaxRank = short.MaxValue;
    private const double K1 = 1.2, B = 0.75;
    // Each term is one more full match in the engine: beyond this many, the order stays by length.
    private const int MaxTermsRead = 8;

    private readonly double _always, _best, _averageLength;
    private readonly (bool[] Holds, double Idf)[] _optional;

    private Relevance(double always, (bool[], double)[] optional, double averageLength)
    {
        (_always, _optional, _averageLength) = (always, optional, averageLength);
        _best = Score(always + optional.Sum(o => o.Item2), 0);
    }

    private static readonly Relevance ByLength = new(0, [], 1);

    public static async Task<Relevance> ForAsync(RegistryDbContext db, SearchTable table, IndexQuery query, Func<CorpusSize> corpus,
        CancellationToken ct)
    {
        var terms = query.Required.SelectMany(g => g).Distinct().ToList();
        if (query.Required.All(g => g.Count == 1) || terms.Count > MaxTermsRead) return ByLength;
        var size = corpus();
        var index = FullTextIndex.For(db.Provider);
        var (always, optional) = (0.0, new List<(bool[], double)>());
        foreach (var group in query.Required)
            foreach (var term in group)
            {
                var ids = await index.MatchAsync(db, table, new IndexQuery([[term]], []), ct);
                var idf = Math.Log(1 + (Math.Max(0, size.Count - ids.Count) + 0.5) / (ids.Count + 0.5));
                if (group.Count == 1) { always += idf; continue; }
                var holds = new bool[ids.Count == 0 ? 0 : ids.Max() + 1];
                foreach (var id in ids) holds[id] = true;
                optional.Add((holds, idf));
            }
        return new Relevance(always, [.. optional], size.AverageLength);
    }

    /// <summary>The hit's place in the order, lowest first: its length, or its BM25 score scaled down from the best.</summary>
    public int Rank(int id, int length)
    {
        // Lengths up to 16,384 words stay apart; beyond, three to a step, so that the longest full texts still fit.
        if (_optional.Length == 0) return length <= 16_384 ? length : Math.Min(16_384 + (length - 16_384) / 3, MaxRank);
        var idf = _always;
        foreach (var (holds, weight) in _optional)
            if ((uint)id < (uint)holds.Length && holds[id]) idf += weight;
        return (int)Math.Round((1 - Score(idf, length) / _best) * MaxRank);
    }

    private double Score(double idf, int length) => idf * (K1 + 1) / (1 + K1 * (1 - B + B * length / _averageLength));
}
