using Hangfire;
using Registry.Data.Dossiers;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// On start, queues the requests that were stored but never reached the job queue (the process stopped between
/// the two). Requests already queued are Hangfire's to resume; a duplicate job would be harmless anyway.
/// </summary>
internal sealed class DossierRecovery(IServiceScopeFactory scopes, IBackgroundJobClient jobs, ILogger<DossierRecovery> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ledger = scope.ServiceProvider.GetRequiredService<DossierLedger>();
        foreach (var id in await ledger.QueuedWithoutJobAsync(ct))
        {
            var jobId = jobs.Enqueue<DossierJob>(job => job.RunAsync(id, null, CancellationToken.None));
            await ledger.SetJobAsync(id, jobId, ct);
            log.LogInformation("Dossier {Id} was accepted but not queued; queued now as job {JobId}", id, jobId);
        }
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
