using Registry.Data.Database;
using Registry.Data.Search.Facts;
using Registry.Data.Search.Index;

namespace Registry.Data.Search;

/// <summary>
/// BM25 (k1 = 1.2, b = 0.75, the defaults of FTS5 and Lucene), each term counted once per record. The engines match;
/// scoring every hit inside them (FTS5's bm25(), PostgreSQL's ts_rank) read each hit's sizes or tsvector again and
/// cost more than the search itself. When every term is required, every hit holds every term, and BM25 orders by
/// length alone: the rank is the length, and the engine is asked nothing more. With OR, each term's matches are read,
/// to learn which terms a hit holds and how rare each term is, so a hit with both sides ranks high.
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

    /// <summary>
    /// The query's matches, and their ranking when <paramref name="ranked"/> (else null). Ranking an OR query reads
    /// each term's matches; with no excluded term, those give the query's matches too (a record holding a term of
    /// every group), so the engine is not asked the whole query again.
    /// </summary>
    public static async Task<(List<int> Ids, Relevance? Relevance)> MatchAsync(RegistryDbContext db, SearchTable table, IndexQuery query,
        bool ranked, Func<CorpusSize> corpus, CancellationToken ct)
    {
        var index = FullTextIndex.For(db.Provider);
        if (!ranked || query.Required.All(g => g.Count == 1) || query.Required.Sum(g => g.Count) > MaxTermsRead)
            return (await index.MatchAsync(db, table, query, ct), ranked ? ByLength : null);
        var groups = new List<List<(bool[] Holds, List<int> Ids)>>();
        foreach (var group in query.Required)
        {
            var terms = new List<(bool[], List<int>)>();
            foreach (var term in group)
            {
                var ids = await index.MatchAsync(db, table, new IndexQuery([[term]], []), ct);
                var holds = new bool[ids.Count == 0 ? 0 : ids.Max() + 1];
                foreach (var id in ids) holds[id] = true;
                terms.Add((holds, ids));
            }
            groups.Add(terms);
        }
        var size = corpus();
        double Idf(int count) => Math.Log(1 + (Math.Max(0, size.Count - count) + 0.5) / (count + 0.5));
        var relevance = new Relevance(groups.Where(g => g.Count == 1).Sum(g => Idf(g[0].Ids.Count)),
            [.. groups.Where(g => g.Count > 1).SelectMany(g => g).Select(t => (t.Holds, Idf(t.Ids.Count)))], size.AverageLength);
        var matches = query.Excluded.Count > 0 ? await index.MatchAsync(db, table, query, ct) : Held(groups);
        return (matches, relevance);
    }

    /// <summary>The ids holding a term of every group: each id of the first group's terms once, if the other groups admit it.</summary>
    private static List<int> Held(List<List<(bool[] Holds, List<int> Ids)>> groups)
    {
        var matches = new List<int>();
        var first = groups[0];
        for (var k = 0; k < first.Count; k++)
            foreach (var id in first[k].Ids)
                if (!AnyHolds(first, id, k) && groups.Skip(1).All(g => AnyHolds(g, id, g.Count))) matches.Add(id);
        return matches;

        // Whether one of the group's first `count` terms holds the id.
        static bool AnyHolds(List<(bool[] Holds, List<int> Ids)> group, int id, int count)
        {
            for (var i = 0; i < count; i++)
                if ((uint)id < (uint)group[i].Holds.Length && group[i].Holds[id]) return true;
            return false;
        }
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
