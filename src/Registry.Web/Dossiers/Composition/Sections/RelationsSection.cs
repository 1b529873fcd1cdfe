using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>Related agreements in both directions: what this record changes, and what changes it.</summary>
public static class RelationsSection
{
    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        w.Heading(level, "Related agreements");
        var relations = (d.Record.Relations ?? []).Concat(d.Record.RelatedBy ?? []).ToList();
        if (relations.Count == 0) { w.None("No related agreements are recorded."); return; }
        w.Raw("<table><thead><tr><th scope=\"col\">Relation</th><th scope=\"col\">Reference number</th>")
            .Raw("<th scope=\"col\">Title</th><th scope=\"col\">Note</th></tr></thead><tbody>");
        foreach (var r in relations)
        {
            w.Raw("<tr><td style=\"white-space:nowrap\">").Text(Of(r.Direction ?? "")).Raw("</td><td style=\"white-space:nowrap\">")
                .Text(r.ReferenceNumber).Raw("</td><td>").Text(r.Title).Raw("</td><td>").Text(r.Note).Raw("</td></tr>");
        }
        w.Raw("</tbody></table>");
    }
}
