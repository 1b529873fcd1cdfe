using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Search.Facts;
using Registry.Data.Search.Index;

namespace Registry.Data.Search;

/// <summary>
/// Commitment search: the database's full-text index finds the matches, then the filters, facets and order are
/// worked out over <see cref="SearchFacts"/> (see <see cref="Relevance"/> and <see cref="TopHits"/> for the order).
/// </summary>
public sealed class CommitmentSearch(RegistryDbContext db, SearchFactsCache cache)
{
    public async Task<SearchResult<CommitmentHit>> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var (scope, facts, hits, tally) = await MatchAsync(request, ct);
        var page = TopHits.Page(hits, (request.Page - 1) * request.PageSize, request.PageSize);
        return new SearchResult<CommitmentHit>(hits.Count, await DetailsAsync(page, facts, scope.IndexQuery, ct), tally.ToFacets(facts.Labels));
    }

    /// <summary>Every hit in rank order, read from the database a chunk at a time (for exports, so without snippets).</summary>
    public async IAsyncEnumerable<CommitmentHit> AllAsync(SearchRequest request, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var (scope, facts, hits, _) = await MatchAsync(request, ct);
        foreach (var chunk in TopHits.All(hits).Chunk(500))
            foreach (var hit in await DetailsAsync(chunk, facts, null, ct))
                yield return hit;
    }

    private async Task<(SearchScope, SearchFacts, List<(int, long)>, FacetTally)> MatchAsync(SearchRequest request, CancellationToken ct)
    {
        var scope = await SearchScope.ResolveAsync(db, request, ct);
        var facts = await cache.GetAsync(db, ct);
        IEnumerable<int> ids;
        Relevance? relevance = null;
        if (scope.IndexQuery is { } query)
            (ids, relevance) = await Relevance.MatchAsync(db, SearchTable.Commitments, query, scope.Ranked, () => facts.Commitments, ct);
        else ids = scope.ResolutionId is { } cited ? facts.CommitmentsCiting(cited) : facts.CommitmentIds();
        var tally = new FacetTally(facts.Topics);
        var hits = new List<(int, long)>(ids is ICollection<int> known ? known.Count : 1024);
        var topic = scope.TopicIn(facts.Topics);
        var datedOrKinded = scope.From is not null || scope.To is not null || scope.Kind is not null;
        List<int> unknown = [];
        foreach (var id in ids)
            if (!Count(id) && unknown.Count < SearchFactsCache.MaxUnknown) unknown.Add(id);
        // Matches the facts do not know were saved by a transaction that committed after its audit entries left the window.
        if (unknown.Count > 0)
        {
            facts = await cache.IncludeCommitmentsAsync(db, unknown, ct);
            topic = scope.TopicIn(facts.Topics);
            foreach (var id in unknown) Count(id);
        }
        return (scope, facts, hits, tally);

        // False if the facts do not know the commitment; otherwise counts it when the filters admit it. Runs once per
        // match, hundreds of thousands of times a search.
        bool Count(int id)
        {
            ref readonly var c = ref facts.Commitment(id);
            if (!c.Exists) return false;
            if (datedOrKinded && !scope.Admits(c.SignedOn, c.Kind) || scope.Modality is { } m && c.Modality != m) return true;
            if (scope.ResolutionId is { } r && Array.IndexOf(c.Resolutions, r) < 0) return true;
            if (topic is not null && !scope.AdmitsTopic(c.Topics, topic) || !scope.AdmitsBodies(c.Bodies)) return true;
            hits.Add((id, scope.Key(relevance?.Rank(id, c.Length) ?? 0, c.SignedOn, id)));
            tally.Add(c.Bodies, c.SignedOn, c.Kind, [c.Modality], c.Topics, c.Resolutions);
            return true;
        }
    }

    private async Task<List<CommitmentHit>> DetailsAsync(IReadOnlyList<int> ids, SearchFacts facts, IndexQuery? marked, CancellationToken ct)
    {
        var rows = await db.Commitments.AsNoTracking().Where(c => ids.Contains(c.Id))
            .Join(db.Agreements, c => c.AgreementId, a => a.Id, (c, a) => new { c.Id, c.Text, a.ReferenceNumber, a.Title, a.SignedOn })
            .ToDictionaryAsync(r => r.Id, ct);
        var highlighter = marked is null ? null : new Highlighter(marked);
        return [.. ids.Where(id => facts.Commitment(id).Exists && rows.ContainsKey(id)).Select(id =>
        {
            var (c, r) = (facts.Commitment(id), rows[id]);
            return new CommitmentHit(id, c.AgreementId, r.ReferenceNumber, r.Title, r.SignedOn,
                [.. c.Bodies.Select(facts.Labels.Body)], c.Modality, r.Text, highlighter?.Snippet(r.Text) ?? "");
        })];
    }
}
