using PuppeteerSharp;

namespace Registry.Web.Dossiers.Printing;

/// <summary>
/// Aborts every request a printed page makes. The page is loaded with SetContent and carries a CSP that allows
/// nothing outside itself, so any request seen here is one the content tried: it is counted and refused.
/// </summary>
public sealed class NetworkGuard
{
    private long _attempted;
    private long _blocked;

    /// <summary>Requests that reached the browser's network layer (data: URLs excepted).</summary>
    public long Attempted => Interlocked.Read(ref _attempted);
    public long Blocked => Interlocked.Read(ref _blocked);

    public async Task AttachAsync(IPage page)
    {
        await page.SetRequestInterceptionAsync(true);
        page.Request += OnRequest;
    }

    // An event handler: it must not throw, and a request of a page being closed may fail to abort.
    private async void OnRequest(object? sender, RequestEventArgs e)
    {
        try
        {
            if (e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                await e.Request.ContinueAsync();
                return;
            }
            Interlocked.Increment(ref _attempted);
            await e.Request.AbortAsync(RequestAbortErrorCode.BlockedByClient);
            Interlocked.Increment(ref _blocked);
        }
        catch (PuppeteerException)
        {
        }
    }
}
