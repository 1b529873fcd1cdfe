using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Dossiers;

namespace Registry.Data.Dossiers;

/// <summary>The stored dossier requests: adding one, and finding one by id or by the hash of its PDF.</summary>
public sealed class DossierLedger(RegistryDbContext db)
{
    /// <summary>Adds the request; the audit records who asked for what.</summary>
    public async Task<Dossier> AddAsync(Dossier dossier, CancellationToken ct = default)
    {
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync(ct);
        return dossier;
    }

    public Task<Dossier?> FindAsync(int id, CancellationToken ct = default) =>
        db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, ct);

    /// <summary>The first finished dossier whose PDF has this SHA-256 (lower-case hex).</summary>
    public Task<Dossier?> FindByHashAsync(string sha256, CancellationToken ct = default) =>
        db.Dossiers.AsNoTracking().Where(d => d.Sha256 == sha256 && d.Status == DossierStatus.Done)
            .OrderBy(d => d.Id).FirstOrDefaultAsync(ct);

    /// <summary>Whether any dossier still points at this file, so a file is deleted only when nothing needs it.</summary>
    public Task<bool> IsHashUsedAsync(string sha256, CancellationToken ct = default) =>
        db.Dossiers.AnyAsync(d => d.Sha256 == sha256, ct);

    public Task SetJobAsync(int id, string jobId, CancellationToken ct = default) =>
        db.Dossiers.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.JobId, jobId), ct);

    /// <summary>Requests accepted but never handed to the job queue (the process stopped in between).</summary>
    public async Task<IReadOnlyList<int>> QueuedWithoutJobAsync(CancellationToken ct = default) =>
        await db.Dossiers.AsNoTracking().Where(d => d.Status == DossierStatus.Queued && d.JobId == null)
            .OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
}
