using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Data.Search.Index;

/// <summary>Writes the index rows of agreements and their commitments from what is stored, on the caller's transaction.</summary>
public static class SearchIndexer
{
    /// <summary>Re-indexes the agreements (those deleted lose their rows) and drops the rows of deleted commitments.</summary>
    public static async Task UpdateAsync(RegistryDbContext db, IReadOnlyCollection<int> agreementIds,
        IReadOnlyCollection<int> deletedCommitmentIds, CancellationToken ct)
    {
        if (agreementIds.Count == 0 && deletedCommitmentIds.Count == 0) return;
        var index = FullTextIndex.For(db.Provider);
        var (agreements, commitments) = await DocumentsAsync(db, agreementIds, ct);
        await index.ReplaceAsync(db, SearchTable.Commitments,
            [.. deletedCommitmentIds.Union(commitments.Select(c => c.Id))], commitments, ct);
        await index.ReplaceAsync(db, SearchTable.Agreements, agreementIds, agreements, ct);
    }

    /// <summary>Indexes every agreement from <paramref name="firstAgreementId"/> on, or all of them afresh when it is 1.</summary>
    public static async Task RebuildAsync(RegistrySettings settings, int firstAgreementId = 1, IProgress<int>? progress = null,
        CancellationToken ct = default)
    {
        const int chunk = 5_000;
        await using var db = settings.CreateContext();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var index = FullTextIndex.For(db.Provider);
        var fresh = firstAgreementId <= 1;
        if (fresh) await index.BeginRebuildAsync(db, ct);
        var ids = await db.Agreements.Where(a => a.Id >= firstAgreementId).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        // Generated commitments repeat their sentences, so each distinct text is analyzed once.
        var memo = new Dictionary<(string, Modality, string), SearchDocument>();
        for (var i = 0; i < ids.Count; i += chunk)
        {
            var slice = ids.GetRange(i, Math.Min(chunk, ids.Count - i));
            var (agreements, commitments) = await DocumentsAsync(db, slice, ct, memo);
            await index.ReplaceAsync(db, SearchTable.Commitments, fresh ? [] : [.. commitments.Select(c => c.Id)], commitments, ct);
            await index.ReplaceAsync(db, SearchTable.Agreements, fresh ? [] : slice, agreements, ct);
            db.ChangeTracker.Clear();
            progress?.Report(i + slice.Count);
            if (memo.Count > 200_000) memo.Clear();
        }
        if (fresh) await index.EndRebuildAsync(db, ct);
        await tx.CommitAsync(ct);
        await index.TidyAsync(db, ct);
    }

    private static async Task<(List<SearchDocument> Agreements, List<SearchDocument> Commitments)> DocumentsAsync(
        RegistryDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct,
        Dictionary<(string, Modality, string), SearchDocument>? memo = null)
    {
        var agreements = await db.Agreements.AsNoTracking().Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.ReferenceNumber, a.Title, a.ShortTitle, a.TitleRu, a.TitleZh, a.Summary }).ToListAsync(ct);
        var texts = (await db.Set<AgreementText>().AsNoTracking().Where(t => ids.Contains(t.AgreementId))
            .Select(t => new { t.AgreementId, t.Content }).ToListAsync(ct)).ToLookup(t => t.AgreementId, t => t.Content);
        var commitments = await db.Commitments.AsNoTracking().Where(c => ids.Contains(c.AgreementId))
            .Select(c => new { c.Id, c.Text, c.Modality, c.Topics }).ToListAsync(ct);
        return (
            [.. agreements.Select(a => SearchDocument.Of(a.Id, [a.ReferenceNumber, a.Title, a.ShortTitle, a.TitleRu, a.TitleZh, a.Summary, .. texts[a.Id]]))],
            [.. commitments.Select(c => CommitmentDocument(c.Id, c.Text, c.Modality, c.Topics, memo))]);
    }

    private static SearchDocument CommitmentDocument(int id, string text, Modality modality, List<string> topics,
        Dictionary<(string, Modality, string), SearchDocument>? memo)
    {
        var topicText = string.Join(" | ", topics);
        if (memo is null) return SearchDocument.Of(id, text, ModalityWords(modality), topicText);
        if (!memo.TryGetValue((text, modality, topicText), out var doc))
            memo[(text, modality, topicText)] = doc = SearchDocument.Of(0, text, ModalityWords(modality), topicText);
        return doc with { Id = id };
    }

    /// <summary>"ConsiderNecessary" is searched as the words "consider necessary".</summary>
    public static string ModalityWords(Modality modality) =>
        string.Concat(modality.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? " " + c : c.ToString()));
}
