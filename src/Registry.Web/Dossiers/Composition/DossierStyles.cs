using System.Text;

namespace Registry.Web.Dossiers.Composition;

/// <summary>
/// The dossier's print styles. The running head and footer are CSS page-margin boxes, and the cover is a named page
/// whose margin boxes are empty: one print, no merging, and "Page X of Y" counts the cover as page 1.
/// </summary>
public static class DossierStyles
{
    public static string Css(PaperSize paper, string runningHead, string footer)
    {
        var (size, coverHeight) = paper == PaperSize.Letter ? ("letter", "243mm") : ("A4", "261mm");
        return $$"""
            @page { size: {{size}}; margin: 22mm 20mm 20mm 24mm;
              @top-left { content: {{CssString(runningHead)}}; font: 7.5pt/1.35 "Noto Sans", "WenQuanYi Zen Hei", sans-serif;
                color: #4a5261; vertical-align: bottom; padding-bottom: 2.5mm; border-bottom: 0.5pt solid #9aa3b0; margin-bottom: 4mm; }
              @bottom-left { content: {{CssString(footer)}}; font: 7.5pt "Noto Sans", sans-serif; color: #4a5261;
                vertical-align: top; padding-top: 2.5mm; border-top: 0.5pt solid #9aa3b0; margin-top: 4mm; }
              @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt "Noto Sans", sans-serif;
                color: #4a5261; vertical-align: top; padding-top: 2.5mm; border-top: 0.5pt solid #9aa3b0; margin-top: 4mm; white-space: nowrap; } }
            @page cover { margin: 18mm 20mm 18mm 24mm;
              @top-left { content: none; border: 0; } @bottom-left { content: none; border: 0; } @bottom-right { content: none; border: 0; } }
            .cover { page: cover; height: {{coverHeight}}; }
            """ + DossierStyleSheet.Base;
    }

    /// <summary>
    /// A CSS string literal that no value can break out of: everything but ASCII letters, digits and spaces is a hex
    /// escape, ended by the one space CSS swallows after it.
    /// </summary>
    public static string CssString(string value)
    {
        var css = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
            css.Append(rune.Value < 128 && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == ' ')
                ? ((char)rune.Value).ToString() : $"\\{rune.Value:X} ");
        return css.Append('"').ToString();
    }
}
