using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>The full texts, each language in its own section, marked with its language so the right font and glyphs are used.</summary>
public static class TextsSection
{
    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        w.Heading(level, "Full texts");
        var texts = d.Record.Texts ?? [];
        if (texts.Count == 0) { w.None("No full text is stored."); return; }
        foreach (var t in texts)
        {
            w.Heading(level + 1, $"{Language(t.Language)} text ({(t.IsAuthentic ? "authentic" : "not authentic")})");
            w.Raw($"<div class=\"fulltext\"{DossierWriter.Lang(t.Language)}>");
            foreach (var paragraph in Paragraphs.Of(t.Content)) w.Element("p", paragraph);
            w.Raw("</div>");
        }
    }
}
