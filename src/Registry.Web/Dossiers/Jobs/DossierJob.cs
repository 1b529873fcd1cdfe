using Hangfire;
using Hangfire.Server;
using Registry.Data.Common;
using Registry.Data.Dossiers;
using Registry.Domain.Common;
using Registry.Domain.Dossiers;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// Prints one stored dossier request. Idempotent: a printed dossier is left alone, a run first claims the row (so a
/// duplicate run waits for a retry instead of printing twice), and the file is stored under its hash before the
/// row is marked done. A failed attempt is retried with backoff; the last one marks the dossier failed with the reason.
/// </summary>
public sealed class DossierJob(DossierLedger ledger, DossierRuns runs, IDossierPrinter printer, DossierFiles files,
    IServiceScopeFactory scopes, TimeProvider clock, ILogger<DossierJob> log)
{
    /// <summary>Retries after the first attempt; Hangfire waits the matching delay before each.</summary>
    public const int Retries = 3;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    [AutomaticRetry(Attempts = Retries, DelaysInSeconds = [10, 60, 300], OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    [JobDisplayName("Dossier {0}")]
    public async Task RunAsync(int dossierId, PerformContext? context, CancellationToken ct)
    {
        var dossier = await ledger.FindAsync(dossierId, ct);
        if (dossier is null || dossier.Status == DossierStatus.Done) return;
        var run = await runs.ClaimAsync(dossierId, Now, ct) ?? throw new DossierBusyException(dossierId);
        try
        {
            PrintedDossier printed;
            await using (var progress = new DossierProgressWriter(scopes, dossierId, run, clock, log))
                printed = await printer.PrintAsync(DossierRequests.Read(dossier.Request), progress, ct);
            var (sha256, size) = await files.SaveAsync(printed.Pdf, ct);
            if (!await runs.CompleteAsync(dossierId, run, printed.Title, sha256, size, printed.PageCount, Now, CancellationToken.None)
                && !await ledger.IsHashUsedAsync(sha256, CancellationToken.None))
                files.Delete(sha256); // another run took the dossier over; its own file stands
        }
        catch (Exception e) when (e is DomainException or NotFoundException && !ct.IsCancellationRequested)
        {
            // The request itself cannot be printed (the agreement is gone, the filter is now too wide): no retry helps.
            await runs.ReleaseAsync(dossierId, run, e.Message, final: true, Now, CancellationToken.None);
        }
        catch (Exception e)
        {
            var stopping = ct.IsCancellationRequested;
            var final = !stopping && (context is null || context.GetJobParameter<int>("RetryCount") >= Retries);
            if (!stopping) log.LogWarning(e, "Dossier {Id}: attempt failed{Final}", dossierId, final ? " for the last time" : "");
            await runs.ReleaseAsync(dossierId, run, stopping ? null : Reason(e), final, Now, CancellationToken.None);
            throw;
        }
    }

    private static string Reason(Exception e)
    {
        var text = e is TimeoutException or OperationCanceledException ? $"The printer did not finish in time: {e.Message}" : e.Message;
        return text.Length <= Lengths.Note ? text : text[..Lengths.Note];
    }
}

/// <summary>Another run is printing this dossier and reported recently; Hangfire retries later, when it is done.</summary>
public sealed class DossierBusyException(int id) : Exception($"Dossier {id} is being printed by another run.");
