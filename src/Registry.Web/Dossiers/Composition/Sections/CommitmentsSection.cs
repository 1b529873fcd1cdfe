using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>The commitments, numbered, each with its modality, the parties bound and the sentence it comes from.</summary>
public static class CommitmentsSection
{
    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        w.Heading(level, "Commitments");
        var commitments = d.Record.Commitments ?? [];
        if (commitments.Count == 0) { w.None("No commitments are recorded."); return; }
        w.Raw("<ol class=\"commitments\">");
        foreach (var c in commitments)
        {
            w.Raw($"<li><span class=\"ordinal\">{c.Ordinal}.</span><div class=\"body\">").Element("p", c.Text);
            w.Raw("<p class=\"meta\"><b>Modality:</b> ").Text(Of(c.Modality)).Raw(" · <b>Parties bound:</b> ")
                .Text(c.Parties is { Count: > 0 } bound ? string.Join(", ", bound) : "all parties");
            if (c.Topics is { Count: > 0 } topics) w.Raw(" · <b>Topics:</b> ").Text(string.Join(", ", topics));
            if (c.Resolutions is { Count: > 0 } cited) w.Raw(" · <b>UN instruments:</b> ").Text(string.Join(", ", cited));
            w.Raw("</p>");
            if (!string.IsNullOrWhiteSpace(c.SourceText)) w.Element("blockquote", c.SourceText);
            w.Raw("</div></li>");
        }
        w.Raw("</ol>");
    }
}
