using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Registry.Dossiers.Tests.Infrastructure;

/// <summary>Reads a printed dossier back with PdfPig, the way a person would look for things in it.</summary>
public static partial class PdfText
{
    /// <summary>All text with every whitespace removed, so wrapped lines and page breaks do not matter.</summary>
    public static string Squeezed(PdfDocument pdf) => Squeeze(string.Concat(pdf.GetPages().Select(p => p.Text)));

    public static string Squeeze(string text) => Whitespace().Replace(text, "");

    /// <summary>Each page's text, with the cover's generation line blanked: what must be the same in every print.</summary>
    public static IReadOnlyList<string> StableTexts(PdfDocument pdf) =>
        [.. pdf.GetPages().Select(p => GeneratedLine().Replace(string.Join(" ", p.GetWords().Select(w => w.Text)), "Generated … by"))];

    /// <summary>
    /// The page numbers the table of contents prints, in order: digits standing alone at the right edge of the text
    /// area of the contents pages (running head and footer excluded).
    /// </summary>
    public static IReadOnlyList<int> ContentsNumbers(PdfDocument pdf, IEnumerable<int> contentsPages) =>
        [.. contentsPages.Select(pdf.GetPage).SelectMany(page => page.GetWords()
            .Where(w => w.Text.All(char.IsAsciiDigit) && w.BoundingBox.Right > page.Width - 20 * 72 / 25.4 - 12
                && w.BoundingBox.Bottom > 22 * 72 / 25.4 && w.BoundingBox.Top < page.Height - 22 * 72 / 25.4)
            .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 1)).Select(w => int.Parse(w.Text)))];

    /// <summary>Text set in heading sizes (11 pt and up) on one page, squeezed: where headings stand.</summary>
    public static string HeadingText(Page page) =>
        Squeeze(string.Concat(page.Letters.Where(l => l.PointSize >= 11).Select(l => l.Value)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"Generated .*? by")]
    private static partial Regex GeneratedLine();
}
