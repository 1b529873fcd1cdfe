using Registry.Dossiers.Tests.Infrastructure;
using Registry.Web.Dossiers;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Registry.Dossiers.Tests.Record;

[Collection(DossierCollection.Name)]
public sealed class ContentsTests(DossierFixture fixture)
{
    private static readonly string[] Sections =
    [
        "Key facts", "Sources", "Participants", "Signatories", "Commitments", "Cited UN instruments", "Related agreements",
        "Full texts", "Attachments", "Provenance",
    ];

    [Fact]
    public async Task Each_contents_entry_shows_the_page_its_heading_stands_on()
    {
        var (_, pdf) = await fixture.World.PrintAsync(new DossierRequest { AgreementId = fixture.World.Id(TestRecords.Reference) }, "contents");
        using var _ = pdf;
        Assert.Contains("Contents", pdf.GetPage(2).Text);

        var printed = PdfText.ContentsNumbers(pdf, [2]);
        Assert.Equal(Sections.Length, printed.Count);
        // Where each heading really stands: the first page, from the previous heading's on, with that text in heading size.
        var page = 3;
        for (var i = 0; i < Sections.Length; i++)
        {
            var wanted = PdfText.Squeeze(Sections[i]);
            while (page <= pdf.NumberOfPages && !PdfText.HeadingText(pdf.GetPage(page)).Contains(wanted)) page++;
            Assert.True(page <= pdf.NumberOfPages, $"The heading “{Sections[i]}” was not found after page {printed[Math.Max(0, i - 1)]}.");
            Assert.True(printed[i] == page, $"The contents give page {printed[i]} for “{Sections[i]}”, which stands on page {page}.");
        }
    }

    [Fact]
    public async Task Every_section_has_a_bookmark_to_its_page()
    {
        var (_, pdf) = await fixture.World.PrintAsync(new DossierRequest { AgreementId = fixture.World.Id(TestRecords.Reference) }, "bookmarks");
        using var _ = pdf;
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var titles = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().Select(n => n.Title).ToList();
        Assert.Equal(TestRecords.Sample().Title, titles[0]);
        Assert.Equal(["Contents", .. Sections], titles.Skip(1));
        Assert.All(bookmarks.GetNodes().OfType<DocumentBookmarkNode>(), n => Assert.InRange(n.PageNumber, 1, pdf.NumberOfPages));
    }
}
