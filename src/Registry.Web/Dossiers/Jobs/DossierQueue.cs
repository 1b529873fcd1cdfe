using Hangfire;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Data.Dossiers;
using Registry.Domain.Common;
using Registry.Domain.Dossiers;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// Accepts a dossier request: checks it (the agreement exists, the filter is valid and not too wide), stores it,
/// then hands it to the job queue. The row comes first, so a request accepted is never lost: should the process
/// stop before the job is queued, <see cref="DossierRecovery"/> queues it on the next start.
/// </summary>
public sealed class DossierQueue(RegistryDbContext db, AgreementList list, DossierLedger ledger, IBackgroundJobClient jobs,
    IConfiguration config, TimeProvider clock)
{
    public async Task<Dossier> EnqueueAsync(DossierRequest request, string requestedBy, CancellationToken ct = default)
    {
        var (title, total) = await DescribeAsync(request, ct);
        var dossier = await ledger.AddAsync(Dossier.Create(title, DossierRequests.Write(request), total, requestedBy,
            clock.GetUtcNow().UtcDateTime), ct);
        var jobId = jobs.Enqueue<DossierJob>(job => job.RunAsync(dossier.Id, null, CancellationToken.None));
        await ledger.SetJobAsync(dossier.Id, jobId, CancellationToken.None);
        return dossier;
    }

    private async Task<(string Title, int Total)> DescribeAsync(DossierRequest request, CancellationToken ct)
    {
        if (request.AgreementId is { } id)
        {
            var title = await db.Agreements.AsNoTracking().Where(a => a.Id == id).Select(a => a.Title).FirstOrDefaultAsync(ct)
                ?? throw new NotFoundException($"Agreement {id}");
            return (title, 1);
        }
        var filter = request.Filter ?? throw new DomainException("filter", "Name an agreement or give a list filter.");
        var total = (await list.QueryAsync(filter with { Page = 1, PageSize = 1 }, ct)).Total;
        var max = config.GetValue("Registry:Pdf:MaxSetRecords", 1000);
        if (total > max)
            throw new DomainException("filter", $"The filter selects {total:N0} agreements; a set dossier holds at most {max:N0}. Narrow the filter.");
        return (DossierTitles.Set(filter, total), total);
    }
}
