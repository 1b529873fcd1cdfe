using Registry.Domain.Agreements;

namespace Registry.Data.Search.Facts;

/// <summary>
/// What filters, facets and ranking need to know of a commitment. Topics are ordinals into <see cref="TopicTable"/>.
/// Its agreement's date and kind are copied in, so a hit costs one read of scattered memory, not two.
/// </summary>
public readonly record struct CommitmentFact(int AgreementId, Modality Modality, ushort Length, short[] Topics, int[] Bodies, int[] Resolutions,
    DateOnly? SignedOn = null, AgreementKind Kind = default)
{
    public bool Exists => AgreementId != 0;
}

/// <summary>The size of what is searched: the number of records and their mean length in indexed words.</summary>
public sealed record CorpusSize(int Count, double AverageLength)
{
    public static CorpusSize Of(IEnumerable<ushort> lengths)
    {
        var (count, sum) = (0, 0L);
        foreach (var length in lengths) (count, sum) = (count + 1, sum + length);
        return new CorpusSize(count, count == 0 ? 1 : Math.Max(1, (double)sum / count));
    }
}

/// <summary>What filters, facets and ranking need to know of an agreement.</summary>
public readonly record struct AgreementFact(int Id, AgreementKind Kind, DateOnly? SignedOn, ushort Length, int[] Parties,
    int[] Citations, short[] Topics, Modality[] Modalities, int[] CommitmentIds, AgreementStatus Status = default, int[]? TitleStems = null)
{
    public bool Exists => Id != 0;
}

/// <summary>
/// The filter and facet columns of every record, in arrays indexed by id, so that a search counts the facets of a
/// third of a million hits in milliseconds. The full-text match itself stays in the database; this is a read copy,
/// checked against the audit trail on every search (see <see cref="SearchFactsCache"/>), and never changed in place.
/// </summary>
public sealed class SearchFacts(AgreementFact[] agreements, CommitmentFact[] commitments, TopicTable topics)
{
    public static SearchFacts Empty(TopicTable topics) => new([], [], topics);

    public TopicTable Topics => topics;
    public SearchLabels Labels { get; init; } = SearchLabels.None;

    /// <summary>A commitment's facts in place, without a copy (the per-hit loops read these); check Exists.</summary>
    public ref readonly CommitmentFact Commitment(int id) => ref (uint)id < (uint)commitments.Length ? ref commitments[id] : ref NoCommitment;

    public ref readonly AgreementFact Agreement(int id) => ref (uint)id < (uint)agreements.Length ? ref agreements[id] : ref NoAgreement;

    private static readonly CommitmentFact NoCommitment = default;
    private static readonly AgreementFact NoAgreement = default;

    public IEnumerable<int> CommitmentIds() { for (var i = 0; i < commitments.Length; i++) if (commitments[i].Exists) yield return i; }

    /// <summary>The commitments citing a resolution, for a resolution filter with no words; built once per copy.</summary>
    public int[] CommitmentsCiting(int resolutionId)
    {
        var citing = LazyInitializer.EnsureInitialized(ref _citing, () => CommitmentIds()
            .SelectMany(id => commitments[id].Resolutions.Select(r => (Resolution: r, Id: id)))
            .GroupBy(x => x.Resolution).ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToArray()));
        return citing.GetValueOrDefault(resolutionId) ?? [];
    }

    private Dictionary<int, int[]>? _citing;

    public IEnumerable<int> AgreementIds() { for (var i = 0; i < agreements.Length; i++) if (agreements[i].Exists) yield return i; }

    /// <summary>How many commitments there are and their mean indexed length, for BM25; counted once per copy, when first asked.</summary>
    public CorpusSize Commitments =>
        LazyInitializer.EnsureInitialized(ref _commitmentSize, () => CorpusSize.Of(CommitmentIds().Select(id => commitments[id].Length)));

    public CorpusSize Agreements =>
        LazyInitializer.EnsureInitialized(ref _agreementSize, () => CorpusSize.Of(AgreementIds().Select(id => agreements[id].Length)));

    private CorpusSize? _commitmentSize, _agreementSize;

    public static SearchFacts From(IReadOnlyList<AgreementFact> agreements, IReadOnlyList<(int Id, CommitmentFact Fact)> commitments, TopicTable topics) =>
        Empty(topics).With([], agreements, commitments);

    /// <summary>A copy with the given agreements (and their commitments) replaced; those not given back are removed.</summary>
    public SearchFacts With(IReadOnlyCollection<int> agreementIds, IReadOnlyList<AgreementFact> changed,
        IReadOnlyList<(int Id, CommitmentFact Fact)> changedCommitments)
    {
        var a = Grown(agreements, changed.Select(x => x.Id).DefaultIfEmpty().Max() + 1);
        var c = Grown(commitments, changedCommitments.Select(x => x.Id).DefaultIfEmpty().Max() + 1);
        foreach (var id in agreementIds)
        {
            if ((uint)id >= (uint)a.Length || !a[id].Exists) continue;
            foreach (var cid in a[id].CommitmentIds) c[cid] = default;
            a[id] = default;
        }
        foreach (var agreement in changed) a[agreement.Id] = agreement;
        foreach (var (id, fact) in changedCommitments) c[id] = fact;
        return new SearchFacts(a, c, topics) { Labels = Labels };
    }

    public SearchFacts WithLabels(SearchLabels labels) => new(agreements, commitments, topics) { Labels = labels };

    private static T[] Grown<T>(T[] source, int length)
    {
        var copy = new T[Math.Max(source.Length, length)];
        Array.Copy(source, copy, source.Length);
        return copy;
    }
}
