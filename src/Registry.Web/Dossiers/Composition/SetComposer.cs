using Registry.Web.Dossiers.Composition.Sections;
using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition;

/// <summary>Composes a set dossier: cover, contents, a summary table, a section per record and an index of cited UN instruments.</summary>
public static class SetComposer
{
    public static DossierDocument Compose(SetDossier set, DossierSite site, IProgress<int>? composed = null)
    {
        var records = new DossierWriter("r");
        var starts = new List<string>();
        foreach (var d in set.Records)
        {
            records.Raw("<section class=\"record page-start\">");
            starts.Add(records.Heading(2, $"{d.Record.ReferenceNumber} — {d.ShortTitle}"));
            RecordSections.Write(records, d, 3);
            records.Raw("</section>");
            composed?.Report(starts.Count);
        }
        var summary = new DossierWriter("m");
        SetSummarySection.Write(summary, set, starts);
        var index = new DossierWriter("x");
        InstrumentIndexSection.Write(index, set, starts);

        var body = new[] { summary, records, index };
        var headings = body.SelectMany(b => b.Headings).ToList();
        var front = new DossierWriter("f");
        CoverPage.Write(front, Cover(set), site);
        ContentsPage.Write(front, headings, maxLevel: 2, "records");
        return new DossierDocument
        {
            Title = set.Title,
            RunningHead = set.Title,
            FooterText = $"Set dossier · {Number(set.Records.Count)} agreements",
            Subject = $"Registry set dossier of {Number(set.Records.Count)} agreements. {string.Join("; ", set.Criteria)}",
            Keywords =
            [
                "set dossier", .. set.Records.SelectMany(r => r.Record.Parties ?? []).Select(p => p.Body).OfType<string>().Distinct().Order(),
                .. set.Records.SelectMany(r => r.Record.Citations ?? []).Select(c => c.Symbol).OfType<string>().Distinct().Order(),
            ],
            Headings = [.. front.Headings, .. headings],
            Content = front.ToString() + string.Concat(body.Select(b => b.ToString())),
        };
    }

    private static Cover Cover(SetDossier set)
    {
        var signed = set.Records.Select(r => r.Record.SignedOn).OfType<DateOnly>().ToList();
        return new Cover
        {
            Kind = "Set dossier",
            Title = KeepDatesTogether(set.Title),
            Criteria = set.Criteria,
            Facts =
            [
                ("Agreements", Number(set.Records.Count)),
                ("Signed between", signed.Count == 0 ? "" : $"{Date(signed.Min())} and {Date(signed.Max())}"),
            ],
            LinkLabel = "This list in the registry",
            Link = set.ListUrl,
        };
    }
}
