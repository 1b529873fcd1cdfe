using Deque.AxeCore.Playwright;

namespace Registry.Browser.Tests.Accessibility;

/// <summary>Every main page passes axe-core with zero violations; each leaves a full-page screenshot behind.</summary>
public sealed class MainPageTests(Chromium chromium, SampleSite sample) : BrowserTest(chromium, sample.Site)
{
    [Theory]
    [InlineData("home", "/", "en")]
    [InlineData("agreements", "/agreements", "en")]
    [InlineData("agreement", "/agreements/1", "en")]
    [InlineData("agreement-edit", "/agreements/1/edit", "en", "form[data-ready=true]")]
    [InlineData("bodies", "/bodies", "en")]
    [InlineData("body", "/bodies/1", "en")]
    [InlineData("people", "/people", "en")]
    [InlineData("person", "/people/1", "en")]
    [InlineData("resolutions", "/resolutions", "en")]
    [InlineData("resolution", "/resolutions/1", "en")]
    [InlineData("users", "/users", "en")]
    [InlineData("audit", "/audit", "en")]
    [InlineData("home", "/", "ru")]
    [InlineData("agreement", "/agreements/1", "ru")]
    public async Task Page_passes_axe(string name, string path, string language, string? readyWhen = null)
    {
        await SignInForm.SignInAsync(Page, RegistrySite.AdminEmail);
        if (language == "ru") await GoAsync(Page, $"/culture?lang=ru&returnUrl={Uri.EscapeDataString(path)}");
        else await GoAsync(Page, path);
        Assert.Equal(language, await Page.Locator("html").GetAttributeAsync("lang"));
        // An interactive page (the editor) renders once its circuit is live: wait for what says it is ready.
        if (readyWhen is not null) await Page.Locator(readyWhen).WaitForAsync();
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Artifacts.ScreenshotAsync(Page, $"{language}-{name}");
        var result = await Page.RunAxe();
        Assert.True(result.Violations.Length == 0, AxeReport.Describe($"{path} ({language})", result));
    }

    [Fact]
    public async Task Sign_in_page_passes_axe()
    {
        await GoAsync(Page, "/signin");
        await Artifacts.ScreenshotAsync(Page, "en-signin");
        var result = await Page.RunAxe();
        Assert.True(result.Violations.Length == 0, AxeReport.Describe("/signin", result));
    }
}
