using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Search.Facts;
using Registry.Data.Search.Index;

namespace Registry.Data.Search;

/// <summary>
/// Commitment search: the database's full-text index finds the matches, then the filters, facets and order are
/// worked out over <see cref="SearchFacts"/> (see <see cref="TopHits"/> for the order).
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
        IEnumerable<int> ids = scope.ResolutionId is { } cited ? facts.CommitmentsCiting(cited) : facts.CommitmentIds();
        if (scope.IndexQuery is not null)
        {
            var matched = await FullTextIndex.For(db.Provider).MatchAsync(db, SearchTable.Commitments, scope.IndexQuery, ct);
            List<int> unknown = [.. matched.Where(id => !facts.Commitment(id).Exists).Take(SearchFactsCache.MaxUnknown)];
            if (unknown.Count > 0) facts = await cache.IncludeCommitmentsAsync(db, unknown, ct);
            ids = matched;
        }
        short? topic = scope.Topic is null ? null : facts.Topics.Find(scope.Topic) ?? -1;
        var ranked = scope.IndexQuery is not null;
        var tally = new FacetTally(facts.Topics);
        var hits = new List<(int, long)>(ids is ICollection<int> known ? known.Count : 1024);
        var (dated, kinded, bodied) = (scope.From is not null || scope.To is not null, scope.Kind is not null, scope.Bodies.Count > 0);
        foreach (var id in ids)
        {
            ref readonly var c = ref facts.Commitment(id);
            if (!c.Exists) continue;
            ref readonly var a = ref facts.Agreement(c.AgreementId);
            if (!a.Exists || (dated || kinded) && !scope.Admits(a.SignedOn, a.Kind) || scope.Modality is { } m && c.Modality != m) continue;
            if (scope.ResolutionId is { } r && Array.IndexOf(c.Resolutions, r) < 0) continue;
            if (topic is not null && !scope.AdmitsTopic(c.Topics, topic) || bodied && !scope.AdmitsBodies(c.Bodies)) continue;
            hits.Add((id, TopHits.Key(ranked ? c.Length : 0, a.SignedOn, id)));
            tally.Add(c.Bodies, a.SignedOn, a.Kind, [c.Modality], c.Topics, c.Resolutions);
        }
        return (scope, facts, hits, tally);
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
