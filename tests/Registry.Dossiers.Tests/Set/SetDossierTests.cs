using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Registry.Domain.Common;
using Registry.Web.Dossiers.Printing;
using Registry.Data.Agreements;
using Registry.Dossiers.Tests.Infrastructure;
using Registry.Web.Dossiers;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Registry.Dossiers.Tests.Set;

[Collection(DossierCollection.Name)]
public sealed class SetDossierTests(DossierFixture fixture)
{
    [Fact]
    public async Task A_200_record_set_prints_with_summary_sections_index_and_correct_contents()
    {
        var progress = new List<DossierProgress>();
        var clock = Stopwatch.StartNew();
        var dossier = await fixture.World.Printer.PrintAsync(new DossierRequest { Filter = new AgreementFilter() },
            new SyncProgress(progress.Add), CancellationToken.None);
        clock.Stop();
        if (Environment.GetEnvironmentVariable("REGISTRY_DOSSIER_OUT") is { Length: > 0 } folder)
            await File.WriteAllBytesAsync(Path.Combine(folder, "set-200.pdf"), dossier.Pdf);
        using var pdf = PdfDocument.Open(dossier.Pdf);

        Assert.Equal(pdf.NumberOfPages, dossier.PageCount);
        Assert.True(dossier.PageCount > 200, $"{dossier.PageCount} pages for 200 records");
        Assert.Equal(new DossierProgress(200, 200), progress[^1]);
        Assert.Equal(201, progress.Count);
        Assert.Equal("All agreements in the registry", pdf.Information.Title);
        Assert.Equal(DossierWorld.Organization, pdf.Information.Author);

        // The contents list the summary, each record and the index; bookmarks hold every section of every record.
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        var nodes = bookmarks.GetNodes().OfType<DocumentBookmarkNode>().ToList();
        var records = nodes.Where(n => n.Level == 1 && n.Title.Contains(" — ")).ToList();
        Assert.Equal(200, records.Count);
        Assert.Equal(200, nodes.Count(n => n.Title == "Commitments"));
        var listed = nodes.Where(n => n.Level == 1 && n.Title != "Contents").ToList();
        Assert.Equal("Summary of the set", listed[0].Title);
        Assert.Equal("Index of cited UN instruments", listed[^1].Title);
        var contentsPages = Enumerable.Range(2, listed[0].PageNumber - 2).ToList();
        var printed = PdfText.ContentsNumbers(pdf, contentsPages);
        Assert.Equal(listed.Select(n => n.PageNumber), printed);
        // A record's heading stands where its bookmark points.
        foreach (var record in records.Where((_, i) => i % 37 == 0))
            Assert.Contains(PdfText.Squeeze(record.Title.Split(" — ")[0]), PdfText.HeadingText(pdf.GetPage(record.PageNumber)));

        var index = PdfText.Squeeze(string.Concat(Enumerable.Range(listed[^1].PageNumber, pdf.NumberOfPages - listed[^1].PageNumber + 1)
            .Select(n => pdf.GetPage(n).Text)));
        Assert.Contains("S/RES/2354(2017)", index);
        Assert.Contains(TestRecords.Reference, index);
        await Qpdf.CheckAsync(dossier.Pdf, "200-record set dossier");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(120), $"The set took {clock.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public async Task A_filter_that_selects_too_many_records_is_refused_before_printing()
    {
        var source = fixture.World.Services.GetRequiredService<DossierSource>();
        var e = await Assert.ThrowsAsync<DomainException>(() => source.IdsAsync(new AgreementFilter(), max: 10, default));
        Assert.Contains("at most 10", e.Message);
    }

    private sealed class SyncProgress(Action<DossierProgress> report) : IProgress<DossierProgress>
    {
        public void Report(DossierProgress value) => report(value);
    }
}
