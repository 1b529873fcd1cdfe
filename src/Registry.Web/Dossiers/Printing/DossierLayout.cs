using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Registry.Web.Dossiers.Composition;

namespace Registry.Web.Dossiers.Printing;

/// <summary>
/// Lays a composed dossier out until its page references are right: print, read from the PDF outline where each
/// heading landed, and print again with those pages, until a print agrees with the numbers it shows. The pages a
/// dossier settled on are remembered, so printing the same content again usually takes one pass.
/// </summary>
public sealed class DossierLayout(PdfRenderer renderer, ILogger<DossierLayout> log)
{
    private const int MaxPasses = 4;
    private const int MaxRemembered = 512;
    private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, int>> _settled = new();

    public async Task<(byte[] Pdf, PdfOutline Outline, int Passes)> PrintAsync(DossierDocument document, PaperSize paper,
        string generatedAt, CancellationToken ct)
    {
        var key = Key(document, paper);
        var pages = _settled.TryGetValue(key, out var known) ? known : new Dictionary<string, int>();
        for (var pass = 1; ; pass++)
        {
            var pdf = await renderer.RenderAsync(document.Html(pages, generatedAt, paper), ct);
            var outline = PdfOutline.Read(pdf, document.Headings);
            var found = outline.Pages;
            var settled = Same(found, pages);
            if (settled || pass == MaxPasses)
            {
                if (!settled) log.LogWarning("The page numbers of \"{Title}\" did not settle after {Passes} passes", document.Title, pass);
                if (_settled.Count >= MaxRemembered) _settled.Clear();
                _settled[key] = found;
                return (pdf, outline, pass);
            }
            pages = found;
        }
    }

    private static bool Same(IReadOnlyDictionary<string, int> found, IReadOnlyDictionary<string, int> shown) =>
        found.Count == shown.Count && found.All(p => shown.TryGetValue(p.Key, out var page) && page == p.Value);

    private static string Key(DossierDocument d, PaperSize paper) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{paper}\n{d.RunningHead}\n{d.FooterText}\n{d.Content}")));
}
