namespace Registry.Web.Dossiers.Jobs;

/// <summary>What the print jobs and the command line need of the printer; tests put a fake in its place.</summary>
public interface IDossierPrinter
{
    Task<PrintedDossier> PrintAsync(DossierRequest request, IProgress<DossierProgress>? progress, CancellationToken ct);
}
