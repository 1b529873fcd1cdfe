namespace Registry.Browser.Tests.Language;

/// <summary>The RU switch in the header turns the UI Russian: labels, and dates with Russian month names.</summary>
public sealed class RussianTests(Chromium chromium, SampleSite sample) : BrowserTest(chromium, sample.Site)
{
    [Fact]
    public async Task The_Russian_UI_shows_Russian_labels_and_dates()
    {
        await SignInForm.SignInAsync(Page, RegistrySite.AnalystEmail);
        await GoAsync(Page, "/agreements/1");
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("16 February 2022");

        await Page.GetByRole(AriaRole.Link, new() { Name = "RU", Exact = true }).ClickAsync();

        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "ru");
        Assert.Equal("/agreements/1", new Uri(Page.Url).AbsolutePath);
        var nav = Page.GetByRole(AriaRole.Navigation).First;
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Документы", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Page.Locator("main")).ToContainTextAsync("16 февраля 2022");

        await Page.GetByRole(AriaRole.Link, new() { Name = "EN", Exact = true }).ClickAsync();
        await Assertions.Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Agreements", Exact = true })).ToBeVisibleAsync();
    }
}
