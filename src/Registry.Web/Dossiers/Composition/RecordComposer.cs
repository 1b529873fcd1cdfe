using Registry.Web.Dossiers.Composition.Sections;
using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition;

/// <summary>Composes one record's dossier: cover, contents, then the record's sections.</summary>
public static class RecordComposer
{
    public static DossierDocument Compose(RecordDossier d, DossierSite site)
    {
        var a = d.Record;
        var body = new DossierWriter("s");
        body.Raw("<div class=\"page-start\">");
        RecordSections.Write(body, d, 2);
        body.Raw("</div>");

        var front = new DossierWriter("f");
        CoverPage.Write(front, Cover(d, site), site);
        ContentsPage.Write(front, body.Headings, maxLevel: 3);
        return new DossierDocument
        {
            Title = a.Title ?? a.ReferenceNumber ?? "",
            RunningHead = d.ShortTitle,
            FooterText = a.ReferenceNumber ?? "",
            Subject = $"Registry dossier of the {Of(a.Kind).ToLowerInvariant()} {a.ReferenceNumber}" + (a.SignedOn is { } s ? $", signed {Date(s)}" : ""),
            Keywords = [.. new[] { a.ReferenceNumber, Of(a.Kind) }.OfType<string>(), .. a.Subjects ?? [],
                .. (a.Parties ?? []).Select(p => p.Body).OfType<string>(), .. (a.Citations ?? []).Select(c => c.Symbol).OfType<string>()],
            Headings = [.. front.Headings, .. body.Headings],
            Content = front.ToString() + body,
        };
    }

    private static Cover Cover(RecordDossier d, DossierSite site)
    {
        var a = d.Record;
        return new Cover
        {
            Kind = Of(a.Kind),
            Title = a.Title ?? "",
            Translations = [.. new[] { ("ru", a.TitleRu), ("zh", a.TitleZh) }.Where(t => !string.IsNullOrWhiteSpace(t.Item2)).Select(t => (t.Item1, t.Item2!))],
            Facts =
            [
                ("Reference number", a.ReferenceNumber ?? ""), ("Date of signature", Date(a.SignedOn)), ("Place of signature", Place(a.Place)),
                ("Status", Of(a.Status)),
                ("Parties", string.Join("\n", (a.Parties ?? []).Select(p => p.BodyName is { Length: > 0 } name ? $"{p.Body} — {name}" : p.Body))),
            ],
            LinkLabel = "Record in the registry",
            Link = site.RecordUrl(a.Id),
        };
    }
}
