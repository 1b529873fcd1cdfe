using PuppeteerSharp;

namespace Registry.Web.Dossiers.Printing;

/// <summary>Prints one self-contained HTML document to PDF on a pooled Chromium page.</summary>
public sealed class PdfRenderer(ChromiumHost chromium)
{
    // Paper size, margins, running header and footer all come from the document's own @page rules.
    private static readonly PdfOptions Options = new()
    {
        PreferCSSPageSize = true,
        PrintBackground = true,
        Tagged = true,
        Outline = true,
        DisplayHeaderFooter = false,
        // The fonts are the system's, not web fonts: nothing to wait for.
        WaitForFonts = false,
    };

    private const int LargeDocument = 512 * 1024;
    private const string Empty = "<!DOCTYPE html><html lang=\"en\"><title>-</title></html>";

    public Task<byte[]> RenderAsync(string html, CancellationToken ct) =>
        chromium.UseAsync(async page =>
        {
            await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 0 });
            var pdf = await page.PdfDataAsync(Options with { Timeout = 0 });
            // A pooled page would otherwise keep a large set's document alive until its next dossier.
            if (html.Length > LargeDocument) await page.SetContentAsync(Empty);
            return pdf;
        }, ct);
}
