using System.Text;

namespace Registry.Web.Dossiers.Composition;

/// <summary>
/// A composed dossier: its metadata, its headings in document order and its HTML with page-number holes. Laying it
/// out fills the holes with the pages a previous pass found; the text never changes otherwise.
/// </summary>
public sealed record DossierDocument
{
    public required string Title { get; init; }
    /// <summary>The running head on every page but the cover.</summary>
    public required string RunningHead { get; init; }
    /// <summary>The left of the footer: a reference number, or the set's size.</summary>
    public required string FooterText { get; init; }
    public required string Subject { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required IReadOnlyList<Heading> Headings { get; init; }
    public required string Content { get; init; }

    public string Html(IReadOnlyDictionary<string, int> pages, string generatedAt, PaperSize paper)
    {
        var html = new StringBuilder(Content.Length + 16_384)
            .Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:\">")
            .Append("<title>").Append(DossierWriter.E(Title)).Append("</title>")
            .Append("<style>").Append(DossierStyles.Css(paper, RunningHead, FooterText)).Append("</style></head><body>")
            .Append(PageRefs.Fill(Content, pages, generatedAt))
            .Append("</body></html>");
        return html.ToString();
    }
}
