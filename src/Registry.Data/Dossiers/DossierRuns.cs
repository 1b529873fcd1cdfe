using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Dossiers;

namespace Registry.Data.Dossiers;

/// <summary>
/// A print run's bookkeeping. Each change is one conditional UPDATE, so two runs of the same dossier (a retry
/// racing a late duplicate) cannot both own it: a run claims the dossier with a fresh <see cref="Dossier.RunId"/>,
/// and only the run holding that id may report progress or finish. Bookkeeping is not a change to the registry's
/// records and is not audited; the request itself is.
/// </summary>
public sealed class DossierRuns(RegistryDbContext db)
{
    /// <summary>Takes the dossier for a new run unless it is printed or another run reported recently.</summary>
    public async Task<Guid?> ClaimAsync(int id, DateTime now, CancellationToken ct = default)
    {
        var run = Guid.NewGuid();
        var stale = now - Dossier.Heartbeat;
        var claimed = await db.Dossiers
            .Where(d => d.Id == id && (d.Status == DossierStatus.Queued || d.Status == DossierStatus.Failed
                || (d.Status == DossierStatus.Running && (d.HeartbeatAt == null || d.HeartbeatAt < stale))))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DossierStatus.Running).SetProperty(d => d.RunId, run)
                .SetProperty(d => d.Attempts, d => d.Attempts + 1).SetProperty(d => d.Done, 0)
                .SetProperty(d => d.HeartbeatAt, now).SetProperty(d => d.FinishedAt, (DateTime?)null), ct);
        return claimed == 1 ? run : null;
    }

    /// <summary>Records n of m; false when the run no longer owns the dossier.</summary>
    public async Task<bool> ReportAsync(int id, Guid run, int done, int total, DateTime now, CancellationToken ct = default) =>
        await Owned(id, run).ExecuteUpdateAsync(s => s.SetProperty(d => d.Done, done).SetProperty(d => d.Total, total)
            .SetProperty(d => d.HeartbeatAt, now), ct) == 1;

    /// <summary>Marks the dossier printed; false when another run owns it now (its file is then not needed).</summary>
    public async Task<bool> CompleteAsync(int id, Guid run, string title, string sha256, long size, int pages, DateTime now,
        CancellationToken ct = default) =>
        await Owned(id, run).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DossierStatus.Done)
            .SetProperty(d => d.Done, d => d.Total).SetProperty(d => d.Title, title).SetProperty(d => d.Sha256, sha256)
            .SetProperty(d => d.Size, size).SetProperty(d => d.PageCount, pages).SetProperty(d => d.Failure, (string?)null)
            .SetProperty(d => d.HeartbeatAt, now).SetProperty(d => d.FinishedAt, now).SetProperty(d => d.RunId, (Guid?)null), ct) == 1;

    /// <summary>Gives the dossier back after a failed attempt: queued for the retry, or failed for good.</summary>
    public Task ReleaseAsync(int id, Guid run, string? failure, bool final, DateTime now, CancellationToken ct = default)
    {
        var status = final ? DossierStatus.Failed : DossierStatus.Queued;
        DateTime? finished = final ? now : null;
        return Owned(id, run).ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, status)
            .SetProperty(d => d.Failure, d => failure ?? d.Failure).SetProperty(d => d.FinishedAt, finished)
            .SetProperty(d => d.RunId, (Guid?)null), ct);
    }

    private IQueryable<Dossier> Owned(int id, Guid run) =>
        db.Dossiers.Where(d => d.Id == id && d.RunId == run && d.Status == DossierStatus.Running);
}
