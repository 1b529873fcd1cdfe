namespace Registry.Web.Dossiers.Composition;

/// <summary>What the cover shows; the record and set composers fill it.</summary>
public sealed record Cover
{
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public IReadOnlyList<(string Lang, string Text)> Translations { get; init; } = [];
    public IReadOnlyList<(string Label, string Value)> Facts { get; init; } = [];
    public IReadOnlyList<string> Criteria { get; init; } = [];
    public required string LinkLabel { get; init; }
    public required string Link { get; init; }
}

/// <summary>The cover: a named page without running head or footer, with the QR code and the verification line.</summary>
public static class CoverPage
{
    public static void Write(DossierWriter w, Cover cover, DossierSite site)
    {
        w.Raw("<section class=\"cover\"><div class=\"band\">").Element("span", site.OrganizationName)
            .Element("span", "Registry dossier").Raw("</div>");
        w.Element("p", cover.Kind, "kind");
        w.Heading(1, cover.Title, inContents: false);
        foreach (var (lang, text) in cover.Translations) w.Element("p", text, "translation", lang);
        if (cover.Criteria.Count > 0)
        {
            w.Raw("<ul class=\"criteria\">");
            foreach (var line in cover.Criteria) w.Element("li", line);
            w.Raw("</ul>");
        }
        FactsTable.Write(w, cover.Facts);
        w.Raw("<div class=\"foot\">").Raw(QrCode.Svg(cover.Link)).Raw("<div class=\"verification\">");
        w.Raw("<p>").Text(cover.LinkLabel).Raw(": ").Text(cover.Link).Raw("</p>");
        w.Raw("<p>Generated ").Raw(PageRefs.GeneratedAt).Raw(" by ").Text(site.OrganizationName).Raw(".</p>");
        w.Raw("<p>Verification: ").Text(site.OrganizationName)
            .Raw(" keeps the SHA-256 of every dossier it issues. To confirm this copy is authentic and unaltered, compute the SHA-256 of this file and open ")
            .Text($"{site.VerifyUrl}?sha256=…").Raw("</p>");
        w.Raw("</div></div></section>");
    }
}
