using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>Who recorded the record and when, and its last change, read from the audit trail (one save = one moment and user).</summary>
public static class ProvenanceSection
{
    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        // A handful of lines: printed together with its heading rather than split over two pages.
        w.Raw("<div class=\"keep\">");
        w.Heading(level, "Provenance");
        var saves = d.History.GroupBy(e => (e.At, e.User, e.Reason)).Select(g => g.Key).OrderBy(s => s.At).ToList();
        if (saves.Count == 0)
        {
            w.None(d.Record.IsGenerated
                ? "This record was added by the data generator, which keeps one audit entry per run rather than per record."
                : "No audit entries are stored for this record.");
            w.Raw("</div>");
            return;
        }
        var (firstAt, firstUser, _) = saves[0];
        var (lastAt, lastUser, lastReason) = saves[^1];
        FactsTable.Write(w,
        [
            ("Recorded by", firstUser), ("Recorded on", Moment(firstAt)),
            ("Last change", saves.Count > 1 ? $"{Moment(lastAt)} by {lastUser}" : "none since it was recorded"),
            ("Reason given", saves.Count > 1 ? lastReason ?? "" : ""),
            ("Saves in the audit trail", Number(saves.Count)), ("Record version", Number(d.Record.Version)),
        ]);
        w.Raw("</div>");
    }
}
