using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Agreements;
using Registry.Domain.Bodies;
using Registry.Domain.Resolutions;

namespace Registry.Data.Search.Facts;

/// <summary>
/// Keeps <see cref="SearchFacts"/> in step with the database. Every save writes audit entries in its transaction,
/// so each search reads the newest entries and reloads the agreements they name before it counts anything: a save
/// shows in the next search. A window of recent entries, not just the highest id, catches a PostgreSQL transaction
/// that took its ids early and committed late. The bulk generator's summary entry, or a flood of entries,
/// reloads everything.
/// </summary>
public sealed class SearchFactsCache
{
    private const int Window = 500;
    private const int ReloadAllAbove = 5_000;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly TopicTable _topics = new();
    private SearchFacts? _facts;
    private HashSet<long> _seen = [];
    private long _top;

    /// <summary>True once the facts have been read (by the first search, or at start).</summary>
    public bool IsLoaded => _facts is not null;

    public async Task<SearchFacts> GetAsync(RegistryDbContext db, CancellationToken ct = default)
    {
        if (_facts is { } current && !await HasNewEntriesAsync(db, ct)) return current;
        await _gate.WaitAsync(ct);
        try
        {
            var top = await db.AuditEntries.MaxAsync(e => (long?)e.Id, ct) ?? 0;
            var low = (_facts is null ? top : Math.Min(_top, top)) - Window;
            var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Id > low)
                .Select(e => new { e.Id, e.AggregateType, e.AggregateId, e.Action }).ToListAsync(ct);
            var fresh = entries.Where(e => !_seen.Contains(e.Id)).ToList();
            if (_facts is null || fresh.Count > ReloadAllAbove || fresh.Any(e => e.Action == "Generated" || e is { AggregateType: nameof(Agreement), AggregateId: 0 }))
            {
                var (agreements, commitments) = await SearchFactsLoader.LoadAsync(db, null, _topics, ct);
                _facts = SearchFacts.From(agreements, commitments, _topics).WithLabels(await SearchLabels.LoadAsync(db, ct));
            }
            else
            {
                List<int> changed = [.. fresh.Where(e => e.AggregateType == nameof(Agreement)).Select(e => e.AggregateId).Distinct()];
                if (changed.Count > 0)
                {
                    var (agreements, commitments) = await SearchFactsLoader.LoadAsync(db, changed, _topics, ct);
                    _facts = _facts.With(changed, agreements, commitments);
                }
                if (fresh.Any(e => e.AggregateType is nameof(SignatoryBody) or nameof(UnResolution)))
                    _facts = _facts.WithLabels(await SearchLabels.LoadAsync(db, ct));
            }
            _seen = [.. entries.Where(e => e.Id > top - Window).Select(e => e.Id)];
            _top = top;
            return _facts;
        }
        finally { _gate.Release(); }
    }

    /// <summary>
    /// How many matches the facts do not know (saved by a transaction whose audit entries the freshness check
    /// missed) one search loads before counting; beyond this many, the rest wait for the next change the trail shows.
    /// </summary>
    public const int MaxUnknown = 1_000;

    /// <summary>
    /// Loads the agreements of matched commitments the facts do not know: saved by a transaction that committed
    /// after its audit entries left the window. Returns the facts as they stand afterwards.
    /// </summary>
    public async Task<SearchFacts> IncludeCommitmentsAsync(RegistryDbContext db, IReadOnlyCollection<int> commitmentIds, CancellationToken ct = default)
    {
        List<int> agreements = [.. await db.Commitments.AsNoTracking().Where(c => commitmentIds.Contains(c.Id)).Select(c => c.AgreementId).Distinct().ToListAsync(ct)];
        return await IncludeAgreementsAsync(db, agreements, ct);
    }

    public async Task<SearchFacts> IncludeAgreementsAsync(RegistryDbContext db, IReadOnlyCollection<int> agreementIds, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var facts = _facts ?? throw new InvalidOperationException("Read the facts with GetAsync first.");
            if (agreementIds.Count == 0) return facts;
            var (agreements, commitments) = await SearchFactsLoader.LoadAsync(db, agreementIds, _topics, ct);
            return _facts = facts.With(agreementIds, agreements, commitments);
        }
        finally { _gate.Release(); }
    }

    /// <summary>
    /// One row, not the window's ids: entries are only ever added, so a new one shows as a higher top or, when a
    /// late transaction fills a gap in the window, as one entry more than those seen.
    /// </summary>
    private async Task<bool> HasNewEntriesAsync(RegistryDbContext db, CancellationToken ct)
    {
        var (top, seen) = (_top, _seen.Count);
        var window = await db.AuditEntries.Where(e => e.Id > top - Window).GroupBy(e => 1)
            .Select(g => new { Count = g.Count(), Top = g.Max(e => e.Id) }).FirstOrDefaultAsync(ct);
        return window is null ? seen > 0 : window.Top != top || window.Count != seen;
    }
}
