using System.Diagnostics;
using Registry.Data.Agreements;
using Registry.Dossiers.Bench;
using Registry.Dossiers.Tests.Infrastructure;
using Registry.Web.Dossiers;

// Dossier printing figures: warm single dossiers (reference record, ~30-page record, records printed for the first
// time), sustained throughput, the 200-record set, and peak memory of this process plus Chromium. Wall times depend
// on what else runs on the machine, so the load average is printed, and so is CPU time per dossier, which does not.
Console.WriteLine($"cores {Environment.ProcessorCount}, load average {File.ReadAllText("/proc/loadavg").Trim()}");
var setup = Stopwatch.StartNew();
await using var world = await DossierWorld.CreateAsync([TestRecords.LongRecord()], generated: 198);
Console.WriteLine($"setup: {world.Ids.Count} records in {setup.Elapsed.TotalSeconds:0.0} s");
var reference = world.Id(TestRecords.Reference);
if (args.Contains("--breakdown"))
{
    await Breakdown.RunAsync(world, reference);
    return;
}

await using var memory = new MemoryWatch();
var printer = world.Printer;
var cpu = new List<(string Name, double Seconds)>();
Task<PrintedDossier> Print(int id) => printer.PrintAsync(new DossierRequest { AgreementId = id }, null, CancellationToken.None);
Action<double> Cpu(string name) => seconds => cpu.Add((name, seconds));
var longRecord = world.Id(TestRecords.Long);
var generated = world.Ids.Where(p => p.Key.StartsWith("GEN-", StringComparison.Ordinal)).Select(p => p.Value).Order().ToList();
var window = TimeSpan.FromSeconds(20);

var cold = Stopwatch.StartNew();
var first = await Print(reference);
Console.WriteLine($"first dossier (starts Chromium): {cold.ElapsedMilliseconds} ms, {first.PageCount} pages");
for (var i = 0; i < 3; i++) await Print(reference);

var refTimes = await Timings.SequentialAsync(30, () => Print(reference));
Console.WriteLine($"reference dossier, warm:            {Timings.Summary(refTimes)}");
var refRate = await Timings.CpuAsync(() => Timings.SustainedAsync(2, window, _ => Print(reference)), r => r.Done, Cpu("reference"));
Console.WriteLine($"reference dossier, sustained:       {refRate.PerSecond:0.00} dossiers/s ({refRate.Done} in 20 s, 2 at a time)");

var next = 0;
var fresh = await Timings.SequentialAsync(30, () => Print(generated[next++]));
Console.WriteLine($"generated records, first print:     {Timings.Summary(fresh)}");
var freshRate = await Timings.CpuAsync(() => Timings.SustainedAsync(2, window, i => Print(generated[(30 + i) % generated.Count])),
    r => r.Done, Cpu("generated records, first print"));
Console.WriteLine($"generated records, sustained:       {freshRate.PerSecond:0.00} dossiers/s ({freshRate.Done} in 20 s, 2 at a time)");

var pages = (await Print(longRecord)).PageCount;
var longTimes = await Timings.SequentialAsync(10, () => Print(longRecord));
Console.WriteLine($"{pages}-page record, warm:            {Timings.Summary(longTimes)}");
var longRate = await Timings.CpuAsync(() => Timings.SustainedAsync(2, window, _ => Print(longRecord)), r => r.Done, Cpu("long record"));
Console.WriteLine($"{pages}-page record, sustained:       {longRate.PerSecond:0.00} dossiers/s ({longRate.Done} in 20 s, 2 at a time)");

var set = Stopwatch.StartNew();
var setDossier = await Timings.CpuAsync(() => printer.PrintAsync(new DossierRequest { Filter = new AgreementFilter() }, null, default),
    _ => 1, Cpu("200-record set"));
Console.WriteLine($"200-record set:                     {set.Elapsed.TotalSeconds:0.0} s, {setDossier.PageCount} pages, " +
    $"{setDossier.Pdf.Length / 1048576.0:0.0} MB");

await memory.DisposeAsync();
Console.WriteLine($"peak memory, process + Chromium:    {memory.PeakBytes / 1048576.0:0} MB " +
    $"(Chromium alone at most {memory.PeakChromiumBytes / 1048576.0:0} MB)");
Console.WriteLine($"Chromium launches: {world.Chromium.Launches}, network requests attempted by printed pages: {world.Chromium.Network.Attempted}");
Console.WriteLine($"load average at the end {File.ReadAllText("/proc/loadavg").Trim()}");
foreach (var (name, seconds) in cpu)
    Console.WriteLine($"CPU per dossier, {name,-32} {seconds * 1000,7:0} ms  (two idle cores: at most {2 / seconds:0.0} dossiers/s)");
