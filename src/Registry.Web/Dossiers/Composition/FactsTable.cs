namespace Registry.Web.Dossiers.Composition;

/// <summary>Label–value rows, the printed form of a definition list; empty values are left out, a line break starts a new line.</summary>
public static class FactsTable
{
    public static void Write(DossierWriter w, IEnumerable<(string Label, string Value)> facts)
    {
        var rows = facts.Where(f => !string.IsNullOrWhiteSpace(f.Value)).ToList();
        if (rows.Count == 0) return;
        w.Raw("<table class=\"facts\"><tbody>");
        foreach (var (label, value) in rows)
        {
            w.Raw("<tr><th scope=\"row\">").Text(label).Raw("</th><td>");
            var lines = value.Split('\n');
            foreach (var line in lines) w.Raw(lines.Length > 1 ? "<div>" : "").Text(line).Raw(lines.Length > 1 ? "</div>" : "");
            w.Raw("</td></tr>");
        }
        w.Raw("</tbody></table>");
    }
}
