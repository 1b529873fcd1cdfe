using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Registry.Web.Bench;

/// <summary>
/// Registry.Web as a child process on a free loopback port, with this process's environment (so the usual
/// Registry__* and ConnectionStrings__Registry variables choose the database). Killed on dispose and on exit.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, string baseUrl) => (_process, BaseUrl) = (process, baseUrl);

    public string BaseUrl { get; }

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Registry.Web.dll"), "--urls", baseUrl })
            info.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start Registry.Web.");
        var app = new AppProcess(process, baseUrl);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Dispose();
        var log = new List<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) lock (log) log.Add(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) lock (log) log.Add(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await WaitUntilHealthyAsync(app, timeout);
            return app;
        }
        catch
        {
            app.Dispose();
            lock (log) Console.Error.WriteLine(string.Join('\n', log.TakeLast(40)));
            throw;
        }
    }

    private static async Task WaitUntilHealthyAsync(AppProcess app, TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (app._process.HasExited) throw new InvalidOperationException($"Registry.Web exited with code {app._process.ExitCode}.");
            try
            {
                if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"Registry.Web did not answer /health within {timeout}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException) { }
    }
}
