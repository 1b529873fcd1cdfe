using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Search.Index;
using Registry.Domain.Agreements;

namespace Registry.Data.Search.Facts;

/// <summary>Reads the facts of all agreements, or of some, from the database.</summary>
public static class SearchFactsLoader
{
    public static async Task<(List<AgreementFact>, List<(int, CommitmentFact)>)> LoadAsync(RegistryDbContext db,
        IReadOnlyCollection<int>? only, TopicTable topics, CancellationToken ct)
    {
        var agreementRows = db.Agreements.AsNoTracking();
        var parties = db.Parties.AsNoTracking();
        var citations = db.Citations.AsNoTracking();
        var commitmentRows = db.Commitments.AsNoTracking();
        var texts = db.Set<AgreementText>().AsNoTracking();
        if (only is not null)
        {
            agreementRows = agreementRows.Where(a => only.Contains(a.Id));
            parties = parties.Where(p => only.Contains(p.AgreementId));
            citations = citations.Where(c => only.Contains(c.AgreementId));
            commitmentRows = commitmentRows.Where(c => only.Contains(c.AgreementId));
            texts = texts.Where(t => only.Contains(t.AgreementId));
        }
        var partyIds = await ArraysAsync(parties.Select(p => new { p.AgreementId, p.BodyId }).AsAsyncEnumerable(), p => p.AgreementId, p => p.BodyId, ct);
        var citationIds = await ArraysAsync(citations.Select(c => new { c.AgreementId, c.ResolutionId }).AsAsyncEnumerable(), c => c.AgreementId, c => c.ResolutionId, ct);
        var textLengths = (await texts.Select(t => new { t.AgreementId, t.Content }).ToListAsync(ct))
            .ToLookup(t => t.AgreementId, t => SearchDocument.Of(0, t.Content).Length);
        var lengths = new Dictionary<(string, Modality, short[]), ushort>();
        var commitments = new List<(int, CommitmentFact)>();
        await foreach (var c in commitmentRows.Select(c => new { c.Id, c.AgreementId, c.Modality, c.Topics, c.BodyIds, c.ResolutionIds, c.Text })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            var topicOrdinals = topics.Intern(c.Topics);
            if (!lengths.TryGetValue((c.Text, c.Modality, topicOrdinals), out var length))
            {
                length = Clamp(SearchDocument.Of(0, c.Text, SearchIndexer.ModalityWords(c.Modality), string.Join(" | ", c.Topics)).Length);
                if (lengths.Count < 100_000) lengths[(c.Text, c.Modality, topicOrdinals)] = length;
            }
            commitments.Add((c.Id, new CommitmentFact(c.AgreementId, c.Modality, length, topicOrdinals,
                // Binding no party in particular, a commitment binds them all.
                c.BodyIds.Count > 0 ? [.. c.BodyIds] : partyIds.GetValueOrDefault(c.AgreementId, []),
                c.ResolutionIds.Count == 0 ? [] : [.. c.ResolutionIds])));
        }
        var byAgreement = commitments.ToLookup(c => c.Item2.AgreementId);
        var agreements = new List<AgreementFact>();
        await foreach (var a in agreementRows.Select(a => new { a.Id, a.Kind, a.Status, a.SignedOn, a.ReferenceNumber, a.Title, a.ShortTitle, a.TitleRu, a.TitleZh, a.Summary })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            var own = byAgreement[a.Id].ToList();
            var titles = SearchDocument.Of(0, a.ReferenceNumber, a.Title, a.ShortTitle, a.TitleRu, a.TitleZh);
            agreements.Add(new AgreementFact(a.Id, a.Kind, a.SignedOn,
                Clamp(titles.Length + SearchDocument.Of(0, a.Summary).Length + textLengths[a.Id].Sum()),
                partyIds.GetValueOrDefault(a.Id, []), citationIds.GetValueOrDefault(a.Id, []),
                [.. own.SelectMany(c => c.Item2.Topics).Distinct()], [.. own.Select(c => c.Item2.Modality).Distinct()], [.. own.Select(c => c.Item1)], a.Status, TitleMatch.Of(titles.Stems)));
        }
        var byId = agreements.ToDictionary(a => a.Id);
        var placed = new List<(int, CommitmentFact)>(commitments.Count);
        // A commitment whose agreement was deleted between the two reads goes with it.
        foreach (var (id, fact) in commitments)
            if (byId.TryGetValue(fact.AgreementId, out var a)) placed.Add((id, fact with { SignedOn = a.SignedOn, Kind = a.Kind }));
        return (agreements, placed);
    }

    private static ushort Clamp(int length) => (ushort)Math.Min(length, ushort.MaxValue);

    private static async Task<Dictionary<int, int[]>> ArraysAsync<T>(IAsyncEnumerable<T> rows, Func<T, int> key, Func<T, int> value, CancellationToken ct)
    {
        var lists = new Dictionary<int, List<int>>();
        await foreach (var row in rows.WithCancellation(ct))
        {
            if (!lists.TryGetValue(key(row), out var list)) lists[key(row)] = list = [];
            if (!list.Contains(value(row))) list.Add(value(row));
        }
        return lists.ToDictionary(l => l.Key, l => l.Value.ToArray());
    }
}
