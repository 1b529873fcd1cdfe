using Registry.Web.Dossiers.Printing;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>The real printer (headless Chromium) behind the jobs' printer interface.</summary>
internal sealed class ChromiumPrinter(DossierPrinter printer) : IDossierPrinter
{
    public Task<PrintedDossier> PrintAsync(DossierRequest request, IProgress<DossierProgress>? progress, CancellationToken ct) =>
        printer.PrintAsync(request, progress, ct);
}
