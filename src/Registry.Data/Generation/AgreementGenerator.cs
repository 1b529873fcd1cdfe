using System.Diagnostics;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Generation.Writing;
using Registry.Data.Search.Index;
using Registry.Domain.Agreements;
using Registry.Domain.Audit;

namespace Registry.Data.Generation;

/// <summary>
/// Adds generated agreements GEN-{seed}-000001 … GEN-{seed}-{N}. A seed's records that are already stored are skipped,
/// so a re-run with the same seed adds nothing, and a larger N tops the seed up with exactly the records a single run
/// would have made. Batches are built on one core while the previous one is written on the other.
/// </summary>
public sealed class AgreementGenerator(RegistrySettings settings, TimeProvider? clock = null)
{
    public int BatchSize { get; init; } = 2_000;
    public Func<RegistrySettings, IAgreementBatchWriter> WriterFor { get; init; } = BatchWriters.For;
    /// <summary>Who the audit names for the reference data and the summary entry.</summary>
    public string User { get; init; } = "registry generate";

    public async Task<GenerationReport> GenerateAsync(int agreements, int seed, IProgress<GenerationProgress>? progress = null,
        CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var today = DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        ReferenceData refs;
        int existing, firstNewId;
        await using (var db = settings.CreateContext(new AuditScope { User = User }))
        {
            await db.Database.MigrateAsync(ct);
            refs = await ReferenceDataLoader.EnsureAsync(db, Draws.Min(AgreementFactory.FixedHorizon, today), ct);
            var prefix = AgreementFactory.PrefixOf(seed);
            existing = await db.Agreements.CountAsync(a => a.ReferenceKey.StartsWith(prefix), ct);
            firstNewId = (await db.Agreements.MaxAsync(a => (int?)a.Id, ct) ?? 0) + 1;
        }
        var factory = new AgreementFactory(refs, today);
        var writer = WriterFor(settings);
        var total = Math.Max(0, agreements - existing);
        long rows = 0;
        var done = 0;
        progress?.Report(new GenerationProgress(0, total, watch.Elapsed));
        Task<PreparedBatch>? next = null;
        for (var from = existing + 1; from <= agreements; from += BatchSize)
        {
            var batch = next is null ? Build(factory, writer, seed, from, agreements) : await next;
            var following = from + BatchSize;
            next = following <= agreements ? Task.Run(() => Build(factory, writer, seed, following, agreements), ct) : null;
            await writer.WriteAsync(batch, ct);
            rows += batch.Agreements.Sum(RowsOf);
            done += batch.Agreements.Count;
            progress?.Report(new GenerationProgress(done, total, watch.Elapsed));
        }
        if (done > 0)
        {
            await writer.FinishAsync(ct);
            // Bulk writes bypass SaveChanges, so the new records are indexed for search in one pass here.
            await SearchIndexer.RebuildAsync(settings, firstNewId, ct: ct);
            await WriteSummaryAsync(seed, existing + 1, agreements, ct);
        }
        return new GenerationReport(seed, done, Math.Min(existing, agreements), rows, watch.Elapsed, settings.Provider.ToString(), writer.Name);
    }

    private PreparedBatch Build(AgreementFactory factory, IAgreementBatchWriter writer, int seed, int from, int last) =>
        writer.Prepare([.. Enumerable.Range(from, Math.Min(BatchSize, last - from + 1)).Select(n => factory.Build(seed, n))]);

    public static int RowsOf(Agreement a) =>
        1 + a.Parties.Count + a.Actions.Count + a.Signatories.Count + a.Citations.Count + a.Commitments.Count;

    /// <summary>One audit entry for the whole run, in place of one per row.</summary>
    private async Task WriteSummaryAsync(int seed, int first, int last, CancellationToken ct)
    {
        await using var db = settings.CreateContext(new AuditScope { User = User });
        db.AuditEntries.Add(new AuditEntry
        {
            At = db.Audit.Clock(), User = db.Audit.User, Action = "Generated", AggregateType = nameof(Agreement),
            EntityType = nameof(Agreement), Reason = $"generated {last - first + 1} agreements, seed {seed}",
            Changes = JsonSerializer.Serialize(new { seed, first = AgreementFactory.ReferenceOf(seed, first), last = AgreementFactory.ReferenceOf(seed, last) }),
        });
        await db.SaveChangesAsync(ct);
    }
}
