using Registry.Dossiers.Tests.Infrastructure;
using Registry.Web.Dossiers;

namespace Registry.Dossiers.Tests.Record;

[Collection(DossierCollection.Name)]
public sealed class ScriptsAndMarkupTests(DossierFixture fixture)
{
    [Fact]
    public async Task Cyrillic_and_Chinese_sentences_come_back_intact()
    {
        var (_, pdf) = await fixture.World.PrintAsync(new DossierRequest { AgreementId = fixture.World.Id(TestRecords.Multilingual) }, "multilingual");
        using var _ = pdf;
        var text = PdfText.Squeezed(pdf);
        Assert.Contains(PdfText.Squeeze(TestRecords.RussianSentence), text);
        Assert.Contains(PdfText.Squeeze(TestRecords.ChineseSentence), text);
        Assert.Contains(PdfText.Squeeze($"Implements {TestRecords.Reference}"), text);
        var cover = PdfText.Squeeze(pdf.GetPage(1).Text);
        Assert.Contains(PdfText.Squeeze(TestRecords.RussianTitle), cover);
        Assert.Contains(PdfText.Squeeze(TestRecords.ChineseTitle), cover);
        // Real glyphs from an embedded TrueType CJK font, not boxes and not Type 3 shapes that copy out as other characters.
        var chinese = pdf.GetPages().SelectMany(p => p.Letters).Where(l => l.Value == "各").ToList();
        Assert.NotEmpty(chinese);
        Assert.All(chinese, l => Assert.Contains("UMing", l.FontName));
    }

    [Fact]
    public async Task Typed_markup_prints_as_text_and_the_page_makes_no_request()
    {
        var attempted = fixture.World.Chromium.Network.Attempted;
        var (_, pdf) = await fixture.World.PrintAsync(new DossierRequest { AgreementId = fixture.World.Id(TestRecords.Multilingual) }, "markup");
        using var _ = pdf;
        var text = PdfText.Squeezed(pdf);

        Assert.Contains(PdfText.Squeeze(TestRecords.Script), text);
        Assert.Contains(PdfText.Squeeze(TestRecords.Image(fixture.TrackerUrl)), text);
        Assert.Contains(PdfText.Squeeze(TestRecords.Script), PdfText.Squeeze(pdf.Information.Title ?? ""));
        Assert.Equal(attempted, fixture.World.Chromium.Network.Attempted);
        Assert.Equal(0, fixture.World.Chromium.Network.Attempted);
        Assert.Equal(0, fixture.TrackerHits);
    }
}
