using System.Collections.Concurrent;
using PuppeteerSharp;

namespace Registry.Web.Dossiers.Printing;

/// <summary>
/// The one Chromium of this process, launched on first use, with a bounded pool of pages. A browser that died is
/// relaunched on the next use, and a render that failed is retried once on a fresh page.
/// </summary>
public sealed partial class ChromiumHost(PrintSettings settings, ILogger<ChromiumHost> log) : IAsyncDisposable, IDisposable
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly SemaphoreSlim _slots = new(settings.Pages, settings.Pages);
    private readonly SemaphoreSlim _launching = new(1, 1);
    private readonly ConcurrentQueue<IPage> _idle = new();
    private IBrowser? _browser;
    private int _launches;

    public NetworkGuard Network { get; } = new();
    /// <summary>How many times Chromium was started: 1 after the first dossier, more after restarts.</summary>
    public int Launches => _launches;
    public int? BrowserProcessId => _browser?.Process?.Id;

    /// <summary>Runs <paramref name="work"/> on a pooled page within the render timeout; retries once if Chromium fails.</summary>
    public async Task<T> UseAsync<T>(Func<IPage, Task<T>> work, CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                IPage? page = null;
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
                limit.CancelAfter(settings.RenderTimeout);
                try
                {
                    page = await TakeAsync(limit.Token);
                    var result = await work(page).WaitAsync(limit.Token);
                    _idle.Enqueue(page);
                    return result;
                }
                catch (Exception e) when (e is not ChromiumMissingException && !ct.IsCancellationRequested)
                {
                    await DiscardAsync(page);
                    if (limit.IsCancellationRequested)
                        throw new DossierRenderException($"Printing took longer than {settings.RenderTimeout.TotalSeconds:0} s and was stopped.", e);
                    if (attempt == 2) throw new DossierRenderException($"Chromium failed twice while printing: {e.Message}", e);
                    log.LogWarning(e, "Chromium failed while printing (connected: {Connected}); retrying once", _browser?.IsConnected);
                }
                catch
                {
                    await DiscardAsync(page);
                    throw;
                }
            }
        }
        finally
        {
            _slots.Release();
        }
    }

    private async Task<IPage> TakeAsync(CancellationToken ct)
    {
        var browser = await BrowserAsync(ct);
        while (_idle.TryDequeue(out var idle))
        {
            if (!idle.IsClosed && idle.Browser == browser) return idle;
            await DiscardAsync(idle);
        }
        var page = await browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        await Network.AttachAsync(page);
        return page;
    }
}
