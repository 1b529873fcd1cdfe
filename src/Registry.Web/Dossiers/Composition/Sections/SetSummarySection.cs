using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>The set at a glance: one row per record, with the page its section starts on.</summary>
public static class SetSummarySection
{
    public static void Write(DossierWriter w, SetDossier set, IReadOnlyList<string> starts)
    {
        w.Raw("<section class=\"page-start\">");
        w.Heading(2, "Summary of the set");
        if (set.Records.Count == 0) { w.None("No agreement matches this filter.").Raw("</section>"); return; }
        w.Raw("<table class=\"summary fixed\"><colgroup><col style=\"width:4.5%\"><col style=\"width:13.5%\"><col style=\"width:22.5%\">")
            // Kind, status and date columns are as wide as their longest word ("understanding", "Terminated", "28 Sept 2022").
            .Raw("<col style=\"width:15%\"><col style=\"width:10.5%\"><col style=\"width:12%\"><col style=\"width:17%\"><col style=\"width:5%\"></colgroup>")
            .Raw("<thead><tr><th scope=\"col\" class=\"num\">No.</th><th scope=\"col\">Reference</th><th scope=\"col\">Title</th>")
            .Raw("<th scope=\"col\">Kind</th><th scope=\"col\">Status</th><th scope=\"col\">Signed</th><th scope=\"col\">Parties</th>")
            .Raw("<th scope=\"col\" class=\"num\">Page</th></tr></thead><tbody>");
        for (var i = 0; i < set.Records.Count; i++)
        {
            var a = set.Records[i].Record;
            w.Raw($"<tr><td class=\"num\">{i + 1}</td><td>").Text(a.ReferenceNumber).Raw("</td><td>")
                .Text(set.Records[i].ShortTitle).Raw("</td><td>").Text(Of(a.Kind)).Raw("</td><td>").Text(Of(a.Status))
                .Raw("</td><td class=\"date\">").Text(ShortDate(a.SignedOn)).Raw("</td><td>")
                .Text(string.Join(", ", (a.Parties ?? []).Select(p => p.Body))).Raw("</td><td class=\"num\">").PageOf(starts[i]).Raw("</td></tr>");
        }
        w.Raw("</tbody></table></section>");
    }
}
