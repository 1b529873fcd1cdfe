using System.Net;
using System.Text.RegularExpressions;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Catalogue;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Search;

/// <summary>The /search page on the sample record: hits with marked words, facet counts, messages for bad queries.</summary>
public sealed partial class SearchPageTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_query_shows_marked_hits_facet_counts_and_links(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();

        var internet = await analyst.HtmlAsync("/search?q=Internet");
        Assert.Contains("1 result", internet);
        Assert.Contains("<mark>Internet</mark>", internet);
        Assert.Contains("href=\"/agreements/1\"", internet);
        Assert.Contains("href=\"/api/search/commitments?q=Internet&format=csv\"", internet);
        Assert.Equal("1", FacetCount(internet, "Consider necessary"));
        Assert.Contains("name=\"what\" value=\"commitments\"", internet);     // a new query stays on commitments

        var support = await analyst.HtmlAsync("/search?q=support");
        Assert.Contains("3 results", support);
        Assert.Equal("3", FacetCount(support, "Support"));
        Assert.Contains("href=\"/search?q=support&modality=support\"", support);
        // A chosen facet value is shown, not linked, and a link takes the filter off again.
        var chosen = await analyst.HtmlAsync("/search?q=support&modality=support");
        Assert.Contains("<strong aria-current=\"true\">Support</strong>", chosen);
        Assert.Contains("href=\"/search?q=support\"", chosen);
        // The order: relevance unless asked; a chosen order is marked, kept by a new query, and goes into the export.
        Assert.Contains("href=\"/search?q=support&sort=newest\"", support);
        var newest = await analyst.HtmlAsync("/search?q=support&sort=newest");
        Assert.Matches("aria-current=\"true\"[^>]*>Newest first<", newest);
        Assert.Contains("name=\"sort\" value=\"newest\"", newest);
        Assert.Contains("href=\"/api/search/commitments?q=support&sort=newest&format=csv\"", newest);

        var agreements = await analyst.HtmlAsync("/search?what=agreements&q=Joint+Position");
        Assert.Contains("1 result", agreements);
        Assert.Contains("<mark>", agreements);
        Assert.Contains("href=\"/api/search/agreements?q=Joint%20Position&format=csv\"", agreements);
        Assert.Contains("name=\"what\" value=\"agreements\"", agreements);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_malformed_query_is_explained_beside_the_box_not_a_500(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();

        var unbalanced = await analyst.HtmlAsync("/search?q=%22unbalanced");
        Assert.Contains("id=\"s-q-error\"", unbalanced);
        Assert.Contains("quotation mark is not closed", unbalanced);
        Assert.Contains("value=\"\"unbalanced\"", unbalanced);                  // the query is kept in the box
        Assert.Contains("id=\"s-q-error\"", await analyst.HtmlAsync("/search?q=terrorism+-"));
        Assert.Contains("role=\"alert\"", await analyst.HtmlAsync("/search?q=Internet&from=yesterday"));
        Assert.Contains("role=\"alert\"", await analyst.HtmlAsync("/search?what=treaties&q=Internet"));
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_resolution_page_links_to_the_commitments_citing_it(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();

        var link = ResolutionLink().Match(await analyst.HtmlAsync("/resolutions")).Groups[1].Value;
        var page = await analyst.HtmlAsync(link);
        var search = Regex.Match(page, "href=\"(/search\\?resolution=S%2FRES%2F2354[^\"]*)\"[^>]*>Search commitments citing this<").Groups[1].Value;
        Assert.NotEqual("", search);
        var found = await analyst.HtmlAsync(search);
        Assert.Contains("1 result", found);
        Assert.Contains("S/RES/2354 (2017)", found);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_page_saves_and_deletes_my_searches_only(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await PageSession.SignInAsync(app, "analyst@test.local");
        using var editor = await PageSession.SignInAsync(app, "editor@test.local");

        var empty = await analyst.PostAsync("/search?q=Internet", "save-search", new() { ["Input.Name"] = " " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("id=\"saved-name-error\"", await PageSession.HtmlOf(empty));

        var saved = await analyst.PostAsync("/search?q=Internet&page=1", "save-search", new() { ["Input.Name"] = "Internet use" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await analyst.HtmlAsync("/search");
        Assert.Contains("<a href=\"/search?q=Internet\">Internet use</a>", page);
        Assert.DoesNotContain("Internet use", await editor.HtmlAsync("/search"));

        var id = Regex.Match(page, "name=\"DeleteId\" value=\"(\\d+)\"").Groups[1].Value;
        await editor.PostAsync("/search?q=terrorism", "save-search", new() { ["Input.Name"] = "Editor's own" });
        Assert.Equal(HttpStatusCode.Redirect, (await editor.PostAsync("/search", "delete-search", new() { ["DeleteId"] = id })).StatusCode);
        Assert.Contains("Internet use", await analyst.HtmlAsync("/search"));
        var deleted = await analyst.PostAsync("/search", "delete-search", new() { ["DeleteId"] = id });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.DoesNotContain("Internet use", await analyst.HtmlAsync("/search"));
    }

    /// <summary>The count shown after a facet value's link.</summary>
    private static string FacetCount(string html, string label) =>
        Regex.Match(html, $">{Regex.Escape(label)}</a>\\s*<span class=\"muted facet-count\">([\\d,]+)</span>").Groups[1].Value;

    [GeneratedRegex("href=\"(/resolutions/\\d+)\"[^>]*>S/RES/2354 \\(2017\\)<")]
    private static partial Regex ResolutionLink();
}
