namespace Registry.Browser.Tests.Infrastructure;

/// <summary>
/// One browser test: a new browser context (own cookies) on the given site, closed after the test whatever its outcome.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(Chromium chromium, RegistrySite site) : IAsyncLifetime
{
    private readonly List<IBrowserContext> _contexts = [];

    protected RegistrySite Site { get; } = site;
    protected IPage Page { get; private set; } = null!;

    public virtual async Task InitializeAsync() => Page = await NewPageAsync();

    /// <summary>Another page in a context of its own (a second user, or the same user on another machine).</summary>
    protected async Task<IPage> NewPageAsync()
    {
        var context = await chromium.NewContextAsync(Site.BaseUrl);
        _contexts.Add(context);
        return await context.NewPageAsync();
    }

    /// <summary>Goes to a page and fails on an error status, so a missing page is not mistaken for an empty one.</summary>
    protected async Task GoAsync(IPage page, string path)
    {
        var errors = Site.Errors.Count;
        var response = await page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status} {response?.StatusText}.\n"
            + string.Join("\n", Site.Errors.Since(errors)));
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var context in _contexts) await context.CloseAsync();
    }
}
