using Registry.Web.Dossiers;
using UglyToad.PdfPig;

namespace Registry.Dossiers.Tests.Infrastructure;

public static class Printing
{
    public static async Task<(PrintedDossier Dossier, PdfDocument Pdf)> PrintAsync(this DossierWorld world, DossierRequest request, string name)
    {
        var dossier = await world.Printer.PrintAsync(request, null, CancellationToken.None);
        // REGISTRY_DOSSIER_OUT=/some/dir keeps the printed files, to look at them with pdftoppm.
        if (Environment.GetEnvironmentVariable("REGISTRY_DOSSIER_OUT") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, name + ".pdf"), dossier.Pdf);
        }
        return (dossier, PdfDocument.Open(dossier.Pdf));
    }
}
