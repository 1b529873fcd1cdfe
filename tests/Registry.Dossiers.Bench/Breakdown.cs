using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Registry.Dossiers.Tests.Infrastructure;
using Registry.Web.Dossiers;
using Registry.Web.Dossiers.Composition;
using Registry.Web.Dossiers.Printing;

namespace Registry.Dossiers.Bench;

/// <summary>bench --breakdown: where a warm reference dossier's time goes, wall and this process's CPU, step by step.</summary>
public static class Breakdown
{
    private static readonly string[] Steps = ["read", "compose", "layout (1 pass, pages known)", "render alone", "read outline"];

    public static async Task RunAsync(DossierWorld world, int id, int runs = 25)
    {
        var source = world.Services.GetRequiredService<DossierSource>();
        var layout = world.Services.GetRequiredService<DossierLayout>();
        var renderer = world.Services.GetRequiredService<PdfRenderer>();
        var site = new DossierSite("Registry", "http://localhost:5080");
        var wall = Steps.Select(_ => new List<double>()).ToArray();
        var cpu = new double[Steps.Length];
        for (var i = 0; i < runs; i++)
        {
            var step = 0;
            var clock = Stopwatch.StartNew();
            var started = Cpu();
            void Done()
            {
                wall[step].Add(clock.Elapsed.TotalMilliseconds);
                cpu[step++] += Cpu() - started;
                clock.Restart();
                started = Cpu();
            }
            var record = await source.RecordAsync(id, default);
            Done();
            var document = RecordComposer.Compose(record, site);
            Done();
            await layout.PrintAsync(document, PaperSize.A4, "now", default);
            Done();
            var pdf = await renderer.RenderAsync(document.Html(new Dictionary<string, int>(), "now", PaperSize.A4), default);
            Done();
            PdfOutline.Read(pdf, document.Headings);
            Done();
        }
        for (var s = 0; s < Steps.Length; s++)
            Console.WriteLine($"{Steps[s],-30} p50 {Timings.Percentile(wall[s], 0.5),6:0.0} ms wall, {cpu[s] / runs,6:0.0} ms CPU of this process");
    }

    private static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
}
