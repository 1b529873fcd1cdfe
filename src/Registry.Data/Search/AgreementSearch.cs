using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Search.Facts;
using Registry.Data.Search.Index;

namespace Registry.Data.Search;

/// <summary>
/// Agreement search over titles in every language, summary and full texts, with the same filters and facets as
/// commitment search: a modality, topic or resolution filter asks whether any of the record's commitments (or, for
/// resolutions, its citations) has it. Hits whose titles hold the query come first (<see cref="TitleMatch"/>); then
/// hits rank as commitments do (<see cref="Relevance"/>), then the newest first.
/// </summary>
public sealed class AgreementSearch(RegistryDbContext db, SearchFactsCache cache)
{
    public async Task<SearchResult<AgreementHit>> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        var (scope, facts, hits, tally) = await MatchAsync(request, ct);
        var page = TopHits.Page(hits, (request.Page - 1) * request.PageSize, request.PageSize);
        return new SearchResult<AgreementHit>(hits.Count, await DetailsAsync(page, facts, scope.IndexQuery, true, ct), tally.ToFacets(facts.Labels));
    }

    public async IAsyncEnumerable<AgreementHit> AllAsync(SearchRequest request, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var (scope, facts, hits, _) = await MatchAsync(request, ct);
        foreach (var chunk in TopHits.All(hits).Chunk(500))
            foreach (var hit in await DetailsAsync(chunk, facts, null, false, ct))
                yield return hit;
    }

    private async Task<(SearchScope, SearchFacts, List<(int, long)>, FacetTally)> MatchAsync(SearchRequest request, CancellationToken ct)
    {
        var scope = await SearchScope.ResolveAsync(db, request, ct);
        var facts = await cache.GetAsync(db, ct);
        IEnumerable<int> ids = facts.AgreementIds();
        Relevance? relevance = null;
        if (scope.IndexQuery is { } query)
            (ids, relevance) = await Relevance.MatchAsync(db, SearchTable.Agreements, query, scope.Ranked, () => facts.Agreements, ct);
        var titles = !scope.Ranked ? null : new TitleMatch(scope.IndexQuery!);
        var tally = new FacetTally(facts.Topics);
        var hits = new List<(int, long)>();
        var topic = scope.TopicIn(facts.Topics);
        List<int> unknown = [];
        foreach (var id in ids)
            if (!Count(id) && unknown.Count < SearchFactsCache.MaxUnknown) unknown.Add(id);
        // As in CommitmentSearch: matches saved by a transaction that committed after its audit entries left the window.
        if (unknown.Count > 0)
        {
            facts = await cache.IncludeAgreementsAsync(db, unknown, ct);
            topic = scope.TopicIn(facts.Topics);
            foreach (var id in unknown) Count(id);
        }
        return (scope, facts, hits, tally);

        // False if the facts do not know the agreement; otherwise counts it when the filters admit it.
        bool Count(int id)
        {
            ref readonly var a = ref facts.Agreement(id);
            if (!a.Exists) return false;
            if (!scope.Admits(a.SignedOn, a.Kind) || scope.Modality is { } m && Array.IndexOf(a.Modalities, m) < 0) return true;
            if (scope.ResolutionId is { } r && Array.IndexOf(a.Citations, r) < 0) return true;
            if (!scope.AdmitsTopic(a.Topics, topic) || !scope.AdmitsBodies(a.Parties)) return true;
            var rank = relevance is null ? 0 : (titles!.In(a.TitleStems ?? []) ? 0 : Relevance.MaxRank + 1) + relevance.Rank(id, a.Length);
            hits.Add((id, scope.Key(rank, a.SignedOn, id)));
            tally.Add(a.Parties, a.SignedOn, a.Kind, a.Modalities, a.Topics, a.Citations);
            return true;
        }
    }

    private async Task<List<AgreementHit>> DetailsAsync(IReadOnlyList<int> ids, SearchFacts facts, IndexQuery? marked, bool snippets, CancellationToken ct)
    {
        var rows = await db.Agreements.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.ReferenceNumber, a.Title, a.ShortTitle, a.TitleRu, a.TitleZh, a.Summary, a.Kind, a.SignedOn }).ToDictionaryAsync(a => a.Id, ct);
        var texts = (await db.Set<Domain.Agreements.AgreementText>().AsNoTracking().Where(t => snippets && ids.Contains(t.AgreementId))
            .Select(t => new { t.AgreementId, t.Content }).ToListAsync(ct)).ToLookup(t => t.AgreementId, t => t.Content);
        var parties = ids.ToDictionary(id => id, id => facts.Agreement(id) is { Exists: true } f ? f.Parties : []);
        var highlighter = new Highlighter(marked);
        return [.. ids.Where(rows.ContainsKey).Select(id =>
        {
            var a = rows[id];
            // The snippet comes from the first passage that holds a match: a title, the summary, then the texts.
            string?[] passages = [a.Title, a.ShortTitle, a.TitleRu, a.TitleZh, a.Summary, .. texts[id]];
            var passage = !snippets ? null
                : passages.OfType<string>().FirstOrDefault(p => Domain.Search.SearchText.Words(p).Any(highlighter.Matches)) ?? a.Summary ?? a.Title;
            return new AgreementHit(id, a.ReferenceNumber, a.Title, a.Kind, a.SignedOn,
                [.. parties[id].Select(facts.Labels.Body)], passage is null ? "" : highlighter.Snippet(passage));
        })];
    }
}
