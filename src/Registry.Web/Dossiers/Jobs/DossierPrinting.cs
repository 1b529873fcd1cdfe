using Registry.Data.Dossiers;
using Registry.Domain.Dossiers;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>
/// Prints at once, outside the job queue (the command line), and records the result as a printed dossier: the file
/// under its hash in the data directory and a finished row, so the registry can later confirm it produced the PDF.
/// </summary>
public sealed class DossierPrinting(IDossierPrinter printer, DossierFiles files, IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<PrintedDossier> PrintAndRecordAsync(DossierRequest request, string requestedBy,
        IProgress<DossierProgress>? progress, CancellationToken ct)
    {
        var seen = new Seen(progress);
        var printed = await printer.PrintAsync(request, seen, ct);
        var (sha256, size) = await files.SaveAsync(printed.Pdf, ct);
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow().UtcDateTime;
        var dossier = await scope.ServiceProvider.GetRequiredService<DossierLedger>()
            .AddAsync(Dossier.Create(printed.Title, DossierRequests.Write(request), seen.Total, requestedBy, now), ct);
        var runs = scope.ServiceProvider.GetRequiredService<DossierRuns>();
        var run = await runs.ClaimAsync(dossier.Id, now, ct) ?? throw new InvalidOperationException($"Dossier {dossier.Id} was taken by a job.");
        await runs.CompleteAsync(dossier.Id, run, printed.Title, sha256, size, printed.PageCount, now, ct);
        return printed;
    }

    /// <summary>Passes reports on and remembers how many records there were.</summary>
    private sealed class Seen(IProgress<DossierProgress>? next) : IProgress<DossierProgress>
    {
        public int Total { get; private set; } = 1;

        public void Report(DossierProgress value)
        {
            Total = Math.Max(Total, value.Total);
            next?.Report(value);
        }
    }
}
