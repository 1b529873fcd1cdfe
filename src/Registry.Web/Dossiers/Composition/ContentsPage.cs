namespace Registry.Web.Dossiers.Composition;

/// <summary>The table of contents: each entry links to its heading and shows the page it landed on in the last pass.</summary>
public static class ContentsPage
{
    public static void Write(DossierWriter w, IEnumerable<Heading> headings, int maxLevel, string cls = "")
    {
        w.Raw($"<nav class=\"contents page-start {cls}\">");
        w.Heading(2, "Contents", inContents: false);
        w.Raw("<ol>");
        foreach (var h in headings.Where(h => h.InContents && h.Level <= maxLevel))
        {
            w.Raw($"<li class=\"level-{h.Level}\"><a href=\"#{h.Id}\"><span class=\"entry\">").Text(h.Text)
                .Raw("</span><span class=\"leader\"></span><span class=\"page\">").PageOf(h.Id).Raw("</span></a></li>");
        }
        w.Raw("</ol></nav>");
    }
}
