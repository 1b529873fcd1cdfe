using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>Who signed: name, position at signing, the body represented and the date.</summary>
public static class SignatoriesSection
{
    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        w.Heading(level, "Signatories");
        var signatories = d.Record.Signatories ?? [];
        if (signatories.Count == 0) { w.None("No signatories are recorded."); return; }
        // Fixed columns, so every record's table looks alike and a name is not squeezed by a long position.
        w.Raw("<table class=\"fixed\"><colgroup><col style=\"width:20%\"><col style=\"width:38%\"><col style=\"width:21%\"><col style=\"width:21%\"></colgroup>")
            .Raw("<thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Position at signing</th>")
            .Raw("<th scope=\"col\">Body represented</th><th scope=\"col\">Date</th></tr></thead><tbody>");
        foreach (var s in signatories)
        {
            w.Raw("<tr><th scope=\"row\">").Text(s.Person).Raw("</th><td>").Text(s.Position).Raw("</td><td>").Text(s.Body)
                .Raw("</td><td class=\"date\">").Text(Date(s.SignedOn ?? d.Record.SignedOn)).Raw("</td></tr>");
        }
        w.Raw("</tbody></table>");
    }
}
