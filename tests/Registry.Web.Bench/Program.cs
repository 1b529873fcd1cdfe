using System.Net;
using System.Text.Json;
using Registry.Web.Bench;

// registry-web-bench [--iterations N] [--warm-up N]
// Starts Registry.Web on the database the usual variables name (Registry__Database__Provider, ConnectionStrings__Registry,
// Registry__DataDirectory), signs in through /signin and prints p50/p95 of the /agreements page per filter case.
// Fill the database first: dotnet run --project src/Registry.Cli -c Release -- generate --agreements 100000 --seed 1
const double TargetP95Ms = 300;
var iterations = IntOption("--iterations", 100);
var warmUp = IntOption("--warm-up", 10);

var env = new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production",
    ["Registry__Samples__LoadOnFirstStart"] = "false",
    // Only used when the database has no user yet (as after `registry generate`).
    ["Registry__BootstrapAdmin__Email"] = Environment.GetEnvironmentVariable("Registry__BootstrapAdmin__Email") ?? "admin@registry.local",
    ["Registry__BootstrapAdmin__Password"] = Environment.GetEnvironmentVariable("Registry__BootstrapAdmin__Password") ?? "bench-admin-password",
    ["Logging__LogLevel__Default"] = "Warning",
};
using var app = await AppProcess.StartAsync(env, TimeSpan.FromMinutes(3));
using var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
{
    BaseAddress = new Uri(app.BaseUrl),
    Timeout = TimeSpan.FromMinutes(1),
};
await CookieSignIn.SignInAsync(http, env["Registry__BootstrapAdmin__Email"], env["Registry__BootstrapAdmin__Password"]);
var total = JsonDocument.Parse(await http.GetStringAsync("/api/agreements?pageSize=1")).RootElement.GetProperty("total").GetInt32();

Console.WriteLine($"provider: {Environment.GetEnvironmentVariable("Registry__Database__Provider") ?? "Sqlite"}; {total:N0} agreements; " +
    $"{Environment.ProcessorCount} cores; {iterations} requests per case after {warmUp} warm-up; time = request sent to last body byte over loopback");
Console.WriteLine($"{"case",-30} {"n",5} {"p50 ms",8} {"p95 ms",8} {"max ms",8}  target p95 < {TargetP95Ms} ms");
var failed = 0;
foreach (var (name, url) in ListCases.All)
{
    var r = await Timings.MeasureAsync(http, name, url, warmUp, iterations);
    var ok = r.P95 < TargetP95Ms;
    if (!ok) failed++;
    Console.WriteLine($"{r.Name,-30} {r.Count,5} {r.P50,8:N1} {r.P95,8:N1} {r.Max,8:N1}  {(ok ? "met" : "MISSED")}" +
        (r.ServerTiming is { } st ? $"  (Server-Timing: {st})" : ""));
}
Console.WriteLine(failed == 0 ? "all cases met the target" : $"{failed} case(s) missed the target");
return 0;

int IntOption(string name, int fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v > 0 ? v : fallback;
}
