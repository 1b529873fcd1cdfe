using Deque.AxeCore.Playwright;
using Registry.Browser.Tests.Accessibility;

namespace Registry.Browser.Tests.Search;

/// <summary>An analyst types a query, sees the matches marked, narrows by a facet, and the page passes axe.</summary>
public sealed class SearchPageTests(Chromium chromium, SampleSite sample) : BrowserTest(chromium, sample.Site)
{
    [Fact]
    public async Task A_query_marks_the_matches_and_a_facet_narrows_them()
    {
        await SignInForm.SignInAsync(Page, RegistrySite.AnalystEmail);
        await GoAsync(Page, "/search");
        await Page.GetByLabel("Words in commitments").FillAsync("support");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();

        await Page.WaitForURLAsync(url => new Uri(url).Query.Contains("q=support"));
        await Assertions.Expect(Page.Locator("main mark").First).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 results");

        await Page.Locator("section[aria-labelledby=facet-topic] a").First.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).Query.Contains("topic="));
        await Assertions.Expect(Page.Locator("section[aria-labelledby=facet-topic] strong[aria-current=true]")).ToHaveCountAsync(1);
        await Assertions.Expect(Page.Locator(".active-filters li")).ToHaveCountAsync(1);
        await Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Artifacts.ScreenshotAsync(Page, "en-search");
        var result = await Page.RunAxe();
        Assert.True(result.Violations.Length == 0, AxeReport.Describe(Page.Url, result));
    }
}
