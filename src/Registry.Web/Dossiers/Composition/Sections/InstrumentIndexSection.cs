using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>Every UN instrument cited across the set, in symbol order, with the records that cite it and their pages.</summary>
public static class InstrumentIndexSection
{
    public static void Write(DossierWriter w, SetDossier set, IReadOnlyList<string> starts)
    {
        w.Raw("<section class=\"page-start\">");
        w.Heading(2, "Index of cited UN instruments");
        var cited = set.Records.SelectMany((d, i) => (d.Record.Citations ?? []).Select(c => (Dossier: d, Citation: c, Start: starts[i])))
            .GroupBy(x => x.Citation.Symbol ?? "", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (cited.Count == 0) { w.None("No record of the set cites a UN instrument.").Raw("</section>"); return; }
        w.Raw("<table class=\"fixed\"><colgroup><col style=\"width:17%\"><col style=\"width:27%\"><col style=\"width:14%\"><col style=\"width:42%\">")
            .Raw("</colgroup><thead><tr><th scope=\"col\">Symbol</th><th scope=\"col\">Title</th><th scope=\"col\">Adopted</th>")
            .Raw("<th scope=\"col\">Cited by</th></tr></thead><tbody>");
        foreach (var group in cited)
        {
            var (dossier, citation, _) = group.First();
            var resolution = dossier.Resolution(citation);
            w.Raw("<tr><th scope=\"row\">").Text(group.Key).Raw("</th><td>").Text(resolution?.Title ?? citation.Title)
                .Raw("</td><td class=\"date\">").Text(ShortDate(resolution?.AdoptedOn)).Raw("</td><td class=\"cites\">");
            var first = true;
            foreach (var x in group.DistinctBy(x => x.Start))
            {
                w.Raw(first ? "<span>" : "; <span>").Text(x.Dossier.Record.ReferenceNumber).Raw(", p.\u00a0").PageOf(x.Start).Raw("</span>");
                first = false;
            }
            w.Raw("</td></tr>");
        }
        w.Raw("</tbody></table></section>");
    }
}
