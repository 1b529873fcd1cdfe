using Registry.Data.Dossiers;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// Persists the printer's "n of m" while it works. Reports arrive on the printer's threads; each is written in a
/// scope of its own, one write at a time, and a burst collapses to its latest value.
/// </summary>
internal sealed class DossierProgressWriter(IServiceScopeFactory scopes, int dossierId, Guid run, TimeProvider clock, ILogger log)
    : IProgress<DossierProgress>, IAsyncDisposable
{
    private readonly Lock _gate = new();
    private DossierProgress? _latest;
    private bool _writing;
    private Task _task = Task.CompletedTask;

    public void Report(DossierProgress value)
    {
        lock (_gate)
        {
            _latest = value;
            if (_writing) return;
            _writing = true;
            _task = Task.Run(WriteAsync);
        }
    }

    private async Task WriteAsync()
    {
        while (true)
        {
            DossierProgress value;
            lock (_gate)
            {
                if (_latest is not { } latest) { _writing = false; return; }
                value = latest;
                _latest = null;
            }
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DossierRuns>()
                    .ReportAsync(dossierId, run, value.Done, value.Total, clock.GetUtcNow().UtcDateTime);
            }
            catch (Exception e)
            {
                log.LogWarning(e, "Dossier {Id}: progress {Done}/{Total} not saved", dossierId, value.Done, value.Total);
            }
        }
    }

    /// <summary>Waits for the last report to be written.</summary>
    public async ValueTask DisposeAsync()
    {
        Task task;
        lock (_gate) task = _task;
        await task;
    }
}
