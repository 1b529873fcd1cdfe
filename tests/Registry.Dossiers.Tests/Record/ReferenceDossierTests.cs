using Registry.Dossiers.Tests.Infrastructure;
using Registry.Web.Dossiers;
using UglyToad.PdfPig.Tokens;

namespace Registry.Dossiers.Tests.Record;

[Collection(DossierCollection.Name)]
public sealed class ReferenceDossierTests(DossierFixture fixture)
{
    private DossierWorld World => fixture.World;

    private Task<(PrintedDossier Dossier, UglyToad.PdfPig.PdfDocument Pdf)> PrintReferenceAsync(PaperSize paper = PaperSize.A4) =>
        World.PrintAsync(new DossierRequest { AgreementId = World.Id(TestRecords.Reference), Paper = paper }, $"reference-{paper}");

    [Fact]
    public async Task The_dossier_has_its_pages_metadata_language_and_tags()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var (dossier, pdf) = await PrintReferenceAsync();
        using var _ = pdf;

        Assert.Equal(pdf.NumberOfPages, dossier.PageCount);
        Assert.InRange(dossier.PageCount, 5, 12);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(dossier.Pdf)), dossier.Sha256);
        var sample = TestRecords.Sample();
        Assert.Equal(sample.Title, dossier.Title);
        var info = pdf.Information;
        Assert.Equal(sample.Title, info.Title);
        Assert.Equal(DossierWorld.Organization, info.Author);
        Assert.Contains(TestRecords.Reference, info.Subject);
        Assert.Contains("S/RES/2354 (2017)", info.Keywords);
        Assert.Contains("CSTO Secretariat", info.Keywords);
        Assert.True(info.GetCreatedDateTimeOffset() is { } created && created >= before && created <= DateTimeOffset.UtcNow.AddSeconds(1),
            $"CreationDate {info.CreationDate} is not the time of printing");
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.Equal("en", Assert.IsType<StringToken>(catalog.Data["Lang"]).Data);
        Assert.True(catalog.ContainsKey(NameToken.StructTreeRoot), "The PDF is not tagged (no structure tree).");
        Assert.Equal(595, pdf.GetPage(1).Width, 0);
    }

    [Fact]
    public async Task Letter_paper_is_an_option()
    {
        var (_, pdf) = await PrintReferenceAsync(PaperSize.Letter);
        using var _ = pdf;
        Assert.Equal((612, 792), ((int)Math.Round(pdf.GetPage(2).Width), (int)Math.Round(pdf.GetPage(2).Height)));
    }

    [Fact]
    public async Task Every_signatory_commitment_cited_symbol_and_attachment_is_in_the_text()
    {
        var (_, pdf) = await PrintReferenceAsync();
        using var _ = pdf;
        var text = PdfText.Squeezed(pdf);
        var sample = TestRecords.Sample();

        foreach (var name in new[] { "Ruslan Mirzaev", "Yevgeny Sysoyev", "Stanislav Zas" }) Assert.Contains(PdfText.Squeeze(name), text);
        Assert.Contains(PdfText.Squeeze("Director of the Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"), text);
        Assert.Contains(PdfText.Squeeze("Head of the Anti-Terrorist Center of the Commonwealth of Independent States"), text);
        Assert.Equal(7, sample.Commitments!.Count);
        foreach (var commitment in sample.Commitments) Assert.Contains(PdfText.Squeeze(commitment.Text!), text);
        foreach (var symbol in new[] { "S/RES/2354 (2017)", "A/RES/60/288" }) Assert.Contains(PdfText.Squeeze(symbol), text);
        Assert.Contains(PdfText.Squeeze("countering terrorist narratives"), text);
        Assert.Contains(PdfText.Squeeze("24 May 2017"), text);
        Assert.Contains(TestRecords.AttachmentSha256, text);
        Assert.Contains(PdfText.Squeeze("Recorded by dossier tests"), text);
        // Related agreements in both directions: the multilingual record implements this one.
        Assert.Contains(PdfText.Squeeze($"Implemented by {TestRecords.Multilingual}"), text);
    }

    [Fact]
    public async Task The_cover_has_no_running_head_and_every_other_page_has_head_and_page_x_of_y()
    {
        var (dossier, pdf) = await PrintReferenceAsync();
        using var _ = pdf;
        var cover = pdf.GetPage(1).Text;
        Assert.DoesNotContain("Page 1 of", cover);
        Assert.Contains($"{DossierWorld.PublicUrl}/agreements/{World.Id(TestRecords.Reference)}", PdfText.Squeeze(cover));
        Assert.Contains("SHA-256", cover);
        for (var n = 2; n <= dossier.PageCount; n++)
        {
            var page = PdfText.Squeeze(pdf.GetPage(n).Text);
            Assert.Contains(PdfText.Squeeze($"Page {n} of {dossier.PageCount}"), page);
            Assert.Contains(TestRecords.Reference, page);
            Assert.Contains(PdfText.Squeeze("Joint Position of the SCO RATS, the CIS ATC and the CSTO Secretariat"), page);
        }
    }

    [Fact]
    public async Task Printing_the_same_record_again_gives_the_same_text_apart_from_the_time()
    {
        var (_, first) = await PrintReferenceAsync();
        var (_, second) = await PrintReferenceAsync();
        using var a = first;
        using var b = second;
        Assert.Equal(PdfText.StableTexts(first), PdfText.StableTexts(second));
    }

    [Fact]
    public async Task Qpdf_finds_no_fault_in_the_reference_dossier()
    {
        var (dossier, pdf) = await PrintReferenceAsync();
        pdf.Dispose();
        await Qpdf.CheckAsync(dossier.Pdf, "reference dossier");
    }
}
