using System.Diagnostics;
using Registry.Data.Agreements;
using Registry.Dossiers.Bench;
using Registry.Dossiers.Tests.Infrastructure;
using Registry.Web.Dossiers;

// Dossier printing figures: warm single dossiers (reference record, ~30-page record, records printed for the first
// time), sustained throughput, the 200-record set, and peak memory of this process plus Chromium.
Console.WriteLine($"cores {Environment.ProcessorCount}, load average {File.ReadAllText("/proc/loadavg").Trim()}");
var setup = Stopwatch.StartNew();
await using var world = await DossierWorld.CreateAsync([TestRecords.LongRecord()], generated: 198);
Console.WriteLine($"setup: {world.Ids.Count} records in {setup.Elapsed.TotalSeconds:0.0} s");
await using var memory = new MemoryWatch();
var printer = world.Printer;
var cpu = new List<(string Name, double Seconds)>();
Task<PrintedDossier> Print(int id) => printer.PrintAsync(new DossierRequest { AgreementId = id }, null, CancellationToken.None);
var reference = world.Id(TestRecords.Reference);
var longRecord = world.Id(TestRecords.Long);
var generated = world.Ids.Where(p => p.Key.StartsWith("GEN-", StringComparison.Ordinal)).Select(p => p.Value).Order().ToList();

if (args.Contains("--html"))
{
    // Writes the reference dossier's and the set's HTML, to study the renderer alone.
    var source = new Registry.Web.Dossiers.Printing.DossierSource(Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
        .GetRequiredService<Microsoft.Extensions.DependencyInjection.IServiceScopeFactory>(world.Services));
    var site = new Registry.Web.Dossiers.Composition.DossierSite("Registry", "http://localhost:5080");
    var doc = Registry.Web.Dossiers.Composition.RecordComposer.Compose(await source.RecordAsync(reference, default), site);
    await File.WriteAllTextAsync("/tmp/dossier-ref.html", doc.Html(new Dictionary<string, int>(), "now", PaperSize.A4));
    var ids = await source.IdsAsync(new AgreementFilter(), 1000, default);
    var setDoc = Registry.Web.Dossiers.Composition.SetComposer.Compose(new Registry.Web.Dossiers.Composition.SetDossier("All", [], "x",
        await source.RecordsAsync(ids, null, default)), site);
    await File.WriteAllTextAsync("/tmp/dossier-set.html", setDoc.Html(new Dictionary<string, int>(), "now", PaperSize.A4));
    return;
}
if (args.Contains("--breakdown"))
{
    // Where a warm reference dossier's time goes.
    var services = world.Services;
    var source = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Registry.Web.Dossiers.Printing.DossierSource>(services);
    var layout = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Registry.Web.Dossiers.Printing.DossierLayout>(services);
    var renderer = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Registry.Web.Dossiers.Printing.PdfRenderer>(services);
    var site = new Registry.Web.Dossiers.Composition.DossierSite("Registry", "http://localhost:5080");
    var (read, compose, lay, render, outline) = (new List<double>(), new List<double>(), new List<double>(), new List<double>(), new List<double>());
    var own = new double[5];
    double Own() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
    for (var i = 0; i < 25; i++)
    {
        var sw = Stopwatch.StartNew(); var c = Own();
        var record = await source.RecordAsync(reference, default);
        read.Add(sw.Elapsed.TotalMilliseconds); sw.Restart(); own[0] += Own() - c; c = Own();
        var doc = Registry.Web.Dossiers.Composition.RecordComposer.Compose(record, site);
        compose.Add(sw.Elapsed.TotalMilliseconds); sw.Restart(); own[1] += Own() - c; c = Own();
        var (pdf, _, _) = await layout.PrintAsync(doc, PaperSize.A4, "now", default);
        lay.Add(sw.Elapsed.TotalMilliseconds); sw.Restart(); own[2] += Own() - c; c = Own();
        var raw = await renderer.RenderAsync(doc.Html(new Dictionary<string, int>(), "now", PaperSize.A4), default);
        render.Add(sw.Elapsed.TotalMilliseconds); sw.Restart(); own[3] += Own() - c; c = Own();
        Registry.Web.Dossiers.Printing.PdfOutline.Read(raw, doc.Headings);
        outline.Add(sw.Elapsed.TotalMilliseconds); own[4] += Own() - c;
    }
    Console.WriteLine($"read {Timings.Percentile(read, .5):0.0} compose {Timings.Percentile(compose, .5):0.0} layout {Timings.Percentile(lay, .5):0.0} " +
        $"render {Timings.Percentile(render, .5):0.0} outline {Timings.Percentile(outline, .5):0.0} ms (p50)");
    Console.WriteLine("own CPU per step (ms): " + string.Join(" ", own.Select(x => (x / 25).ToString("0.0"))));
    return;
}
var cold = Stopwatch.StartNew();
var first = await Print(reference);
Console.WriteLine($"first dossier (starts Chromium): {cold.ElapsedMilliseconds} ms, {first.PageCount} pages");
for (var i = 0; i < 3; i++) await Print(reference);

var refTimes = await Timings.SequentialAsync(30, () => Print(reference));
Console.WriteLine($"reference dossier, warm:            {Timings.Summary(refTimes)}");
var refRate = await Timings.CpuAsync(() => Timings.SustainedAsync(2, TimeSpan.FromSeconds(20), _ => Print(reference)), r => r.Done, Cpu("reference"));
Console.WriteLine($"reference dossier, sustained:       {refRate.PerSecond:0.00} dossiers/s ({refRate.Done} in 20 s, 2 at a time)");

var next = 0;
var fresh = await Timings.SequentialAsync(30, () => Print(generated[next++]));
Console.WriteLine($"generated records, first print:     {Timings.Summary(fresh)}");
var freshRate = await Timings.CpuAsync(() => Timings.SustainedAsync(2, TimeSpan.FromSeconds(20), i => Print(generated[(30 + i) % generated.Count])),
    r => r.Done, Cpu("generated records, first print"));
Console.WriteLine($"generated records, sustained:       {freshRate.PerSecond:0.00} dossiers/s ({freshRate.Done} in 20 s, 2 at a time)");

var longFirst = await Print(longRecord);
var longTimes = await Timings.SequentialAsync(10, () => Print(longRecord));
Console.WriteLine($"{longFirst.PageCount}-page record, warm:            {Timings.Summary(longTimes)}");
var longRate = await Timings.CpuAsync(() => Timings.SustainedAsync(2, TimeSpan.FromSeconds(20), _ => Print(longRecord)), r => r.Done, Cpu("long record"));
Console.WriteLine($"{longFirst.PageCount}-page record, sustained:       {longRate.PerSecond:0.00} dossiers/s ({longRate.Done} in 20 s, 2 at a time)");

var set = Stopwatch.StartNew();
var setDossier = await Timings.CpuAsync(() => printer.PrintAsync(new DossierRequest { Filter = new AgreementFilter() }, null, CancellationToken.None),
    _ => 1, Cpu("200-record set"));
Console.WriteLine($"200-record set:                     {set.Elapsed.TotalSeconds:0.0} s, {setDossier.PageCount} pages, {setDossier.Pdf.Length / 1048576.0:0.0} MB");

await memory.DisposeAsync();
Console.WriteLine($"peak memory, process + Chromium:    {memory.PeakBytes / 1048576.0:0} MB (Chromium alone at most {memory.PeakChromiumBytes / 1048576.0:0} MB)");
Console.WriteLine($"Chromium launches: {world.Chromium.Launches}, network requests attempted by printed pages: {world.Chromium.Network.Attempted}");
Console.WriteLine($"load average at the end {File.ReadAllText("/proc/loadavg").Trim()}");
// Wall times above depend on what else runs on the machine; CPU time per dossier does not, and bounds what two idle cores do.
foreach (var (name, seconds) in cpu)
    Console.WriteLine($"CPU per dossier, {name,-32} {seconds * 1000,7:0} ms  (two idle cores: at most {2 / seconds:0.0} dossiers/s)");

Action<double> Cpu(string name) => seconds => cpu.Add((name, seconds));
