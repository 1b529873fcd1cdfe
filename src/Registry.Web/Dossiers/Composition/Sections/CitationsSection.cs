using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>The UN instruments the record cites: canonical symbol, title, adoption date and the words that cite it.</summary>
public static class CitationsSection
{
    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        w.Heading(level, "Cited UN instruments");
        var citations = d.Record.Citations ?? [];
        if (citations.Count == 0) { w.None("The record cites no UN instruments."); return; }
        w.Raw("<table><thead><tr><th scope=\"col\">Symbol</th><th scope=\"col\">Title</th><th scope=\"col\">Adopted</th>")
            .Raw("<th scope=\"col\">Citing words</th></tr></thead><tbody>");
        foreach (var c in citations)
        {
            var resolution = d.Resolution(c);
            w.Raw("<tr><th scope=\"row\" style=\"white-space:nowrap\">").Text(c.Symbol).Raw("</th><td>").Text(resolution?.Title ?? c.Title)
                .Raw("</td><td class=\"date\">").Text(Date(resolution?.AdoptedOn)).Raw("</td><td>")
                .Text(string.IsNullOrWhiteSpace(c.CitingWords) ? "" : $"“{c.CitingWords}”").Raw("</td></tr>");
        }
        w.Raw("</tbody></table>");
    }
}
