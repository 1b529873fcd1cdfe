using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>Key facts: summary, dates, status, depositary, languages, subjects, identifiers, and the sources with their "status as of".</summary>
public static class FactsSection
{
    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        var a = d.Record;
        w.Heading(level, "Key facts");
        if (!string.IsNullOrWhiteSpace(a.Summary)) w.Element("p", a.Summary, "lead");
        FactsTable.Write(w,
        [
            ("Reference number", a.ReferenceNumber ?? ""), ("Title", a.Title ?? ""), ("Short title", a.ShortTitle ?? ""),
            ("Kind", Of(a.Kind)), ("Status", Of(a.Status)), ("Adopted", Date(a.AdoptedOn)),
            ("Opened for signature", Date(a.OpenedForSignatureOn)), ("Signed", Date(a.SignedOn)), ("Place of signature", Place(a.Place)),
            ("Entry into force", Date(a.EntryIntoForceOn)), ("Terminated", Date(a.TerminatedOn)), ("Depositary", a.Depositary ?? ""),
            ("Authentic languages", string.Join(", ", (a.AuthenticLanguages ?? []).Select(Language))),
            ("Subjects", string.Join("; ", a.Subjects ?? [])),
            ("Identifiers", string.Join("; ", (a.Identifiers ?? []).Select(i => $"{i.Scheme}: {i.Value}"))),
            ("Record", $"version {a.Version}" + (a.IsGenerated ? "; generated test record" : "")),
        ]);
        w.Heading(level + 1, "Sources");
        if (a.Sources is not { Count: > 0 }) { w.None("No sources are recorded."); return; }
        foreach (var s in a.Sources)
        {
            w.Raw("<div class=\"source\">").Element("p", s.Title, "title");
            var when = string.Join("; ", new[]
            {
                s.StatusAsOf is { } asOf ? $"status as of {Date(asOf)}" : null, s.RetrievedOn is { } got ? $"retrieved {Date(got)}" : null,
            }.OfType<string>());
            w.Raw("<p class=\"meta\">").Text(string.Join(" · ", new[] { s.Url, when }.Where(x => !string.IsNullOrEmpty(x)))).Raw("</p>");
            foreach (var paragraph in Paragraphs.Of(s.Excerpt)) w.Raw("<blockquote class=\"excerpt\">").Text(paragraph).Raw("</blockquote>");
            w.Raw("</div>");
        }
    }
}
