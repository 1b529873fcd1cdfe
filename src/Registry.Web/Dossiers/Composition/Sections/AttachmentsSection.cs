using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>The files kept with the record, with size and SHA-256 so a copy can be checked against them.</summary>
public static class AttachmentsSection
{
    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        w.Heading(level, "Attachments");
        var attachments = d.Record.Attachments ?? [];
        if (attachments.Count == 0) { w.None("No files are attached."); return; }
        w.Raw("<table><thead><tr><th scope=\"col\">File</th><th scope=\"col\">Type</th><th scope=\"col\">Size</th>")
            .Raw("<th scope=\"col\">SHA-256</th><th scope=\"col\">Uploaded</th></tr></thead><tbody>");
        foreach (var a in attachments)
        {
            w.Raw("<tr><th scope=\"row\">").Text(a.FileName).Raw("</th><td>").Text(a.MediaType).Raw("</td><td>").Text(Bytes(a.Size))
                .Raw("</td><td class=\"mono\">").Text(a.Sha256).Raw("</td><td>").Text(Moment(a.UploadedAt)).Raw("</td></tr>");
        }
        w.Raw("</tbody></table>");
    }
}
