using System.Diagnostics;
using System.Security.Cryptography;
using Registry.Web.Dossiers.Composition;

namespace Registry.Web.Dossiers.Printing;

/// <summary>
/// Prints a dossier: reads the record or the set, composes the HTML, lays it out in Chromium until the page numbers
/// are right, then sets the PDF's metadata. Safe to call from many jobs at once; the page pool bounds the work.
/// </summary>
public sealed class DossierPrinter(DossierSource source, DossierLayout layout, PrintSettings settings, TimeProvider time,
    ILogger<DossierPrinter> log)
{
    public async Task<PrintedDossier> PrintAsync(DossierRequest request, IProgress<DossierProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var site = new DossierSite(settings.OrganizationName, settings.PublicUrl);
        DossierDocument document;
        if (request.AgreementId is { } id)
        {
            progress?.Report(new DossierProgress(0, 1));
            document = RecordComposer.Compose(await source.RecordAsync(id, ct), site);
            progress?.Report(new DossierProgress(1, 1));
        }
        else if (request.Filter is { } filter)
        {
            var ids = await source.IdsAsync(filter, settings.MaxSetRecords, ct);
            progress?.Report(new DossierProgress(0, ids.Count));
            var records = await source.RecordsAsync(ids, n => progress?.Report(new DossierProgress(n, ids.Count)), ct);
            var set = new SetDossier(SetDescription.Title(filter), SetDescription.Criteria(filter),
                SetDescription.ListUrl(filter, settings.PublicUrl), records);
            document = SetComposer.Compose(set, site);
        }
        else
        {
            throw new ArgumentException("A dossier request names an agreement or a list filter.", nameof(request));
        }

        var composed = clock.Elapsed;
        var generatedAt = time.GetUtcNow();
        var (printed, outline, passes) = await layout.PrintAsync(document, request.Paper,
            DossierWords.Moment(generatedAt.UtcDateTime), ct);
        var metadata = new PdfMetadata(document.Title, settings.OrganizationName, document.Subject,
            string.Join(", ", document.Keywords), generatedAt);
        var pdf = PdfUpdate.Append(printed, metadata, outline.Retitled());
        log.LogInformation("Printed \"{Title}\": {Pages} pages, {Bytes} bytes; read and composed in {Composed} ms, " +
            "laid out in {Passes} passes, {Total} ms in all", document.Title, outline.PageCount, pdf.Length,
            (int)composed.TotalMilliseconds, passes, (int)clock.Elapsed.TotalMilliseconds);
        return new PrintedDossier(pdf, outline.PageCount, Convert.ToHexStringLower(SHA256.HashData(pdf)), document.Title);
    }
}
