using System.Globalization;
using System.Text.RegularExpressions;

namespace Registry.Web.Dossiers.Composition;

/// <summary>
/// Holes in a composed dossier, filled in for each layout pass: a heading's page number and the generation time.
/// They are HTML comments, which no encoded record value can produce.
/// </summary>
public static partial class PageRefs
{
    public const string GeneratedAt = "<!--generated-at-->";

    public static string Token(string headingId) => $"<!--page:{headingId}-->";

    public static string Fill(string html, IReadOnlyDictionary<string, int> pages, string generatedAt) =>
        TokenPattern().Replace(html, m => pages.TryGetValue(m.Groups[1].Value, out var page)
            ? page.ToString(CultureInfo.InvariantCulture) : "").Replace(GeneratedAt, DossierWriter.E(generatedAt));

    [GeneratedRegex("<!--page:([A-Za-z0-9-]+)-->")]
    private static partial Regex TokenPattern();
}
