using PuppeteerSharp;

namespace Registry.Web.Dossiers.Printing;

/// <summary>Starting, restarting and stopping the browser.</summary>
public sealed partial class ChromiumHost
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        if (Alive(_browser) is { } running) return running;
        await _launching.WaitAsync(ct);
        try
        {
            if (Alive(_browser) is { } again) return again;
            if (_browser is { } dead) await CloseAsync(dead);
            _browser = await LaunchAsync();
            Interlocked.Increment(ref _launches);
            return _browser;
        }
        finally
        {
            _launching.Release();
        }
    }

    /// <summary>The browser if it still answers: connected, and its process (when we started it) not gone.</summary>
    private static IBrowser? Alive(IBrowser? browser) =>
        browser is { IsConnected: true } && browser.Process is not { HasExited: true } ? browser : null;

    // Never BrowserFetcher: the browser is the system's Chromium, and nothing is downloaded.
    private async Task<IBrowser> LaunchAsync()
    {
        if (!File.Exists(settings.ChromiumPath)) throw new ChromiumMissingException(settings.ChromiumPath);
        var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = settings.ChromiumPath,
            Headless = true,
            Args = Flags,
            Timeout = 60_000,
            ProtocolTimeout = (int)(settings.RenderTimeout + TimeSpan.FromSeconds(30)).TotalMilliseconds,
        });
        browser.Disconnected += (_, _) => log.LogWarning("Chromium disconnected; it is relaunched for the next dossier.");
        log.LogInformation("Chromium {Version} started from {Path}", await browser.GetVersionAsync(), settings.ChromiumPath);
        return browser;
    }

    private async Task DiscardAsync(IPage? page)
    {
        if (page is null) return;
        try { await page.CloseAsync().WaitAsync(CloseTimeout); }
        catch (Exception e) { log.LogDebug(e, "A page could not be closed; its browser is gone or hung"); }
    }

    private async Task CloseAsync(IBrowser browser)
    {
        _idle.Clear();
        try { await browser.CloseAsync().WaitAsync(CloseTimeout); }
        catch (Exception e) { log.LogDebug(e, "Chromium did not close cleanly"); }
        try { browser.Process?.Kill(entireProcessTree: true); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        browser.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is { } browser) await CloseAsync(browser);
        _browser = null;
    }

    /// <summary>For a container disposed synchronously: stops Chromium without waiting for it.</summary>
    public void Dispose()
    {
        try { _browser?.Process?.Kill(entireProcessTree: true); }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        _browser?.Dispose();
        _browser = null;
    }
}
