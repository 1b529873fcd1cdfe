using System.Net;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Pages;

/// <summary>Home, the agreements list and the agreement page, rendered on the server for a signed-in user.</summary>
public sealed class AgreementPagesTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Home_list_and_record_show_the_reference_record_and_editors_get_the_edit_links(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();
        using var editor = await app.EditorAsync();

        var home = await analyst.HtmlAsync("/");
        Assert.Contains("<svg", home);
        Assert.Contains("role=\"img\"", home);
        Assert.Contains("REG-2022-0001", home);
        Assert.DoesNotContain("/agreements/new", home);
        Assert.Contains("/agreements/new", await editor.HtmlAsync("/"));

        var list = await analyst.HtmlAsync("/agreements?body=SCO&from=2022&to=2022&resolution=resolution+2354+(2017)");
        Assert.Contains("1 result", list);
        Assert.Contains("href=\"/agreements/1\"", list);
        Assert.Contains("aria-sort=\"descending\"", list);                      // signed-desc by default
        Assert.Contains("0 results", await analyst.HtmlAsync("/agreements?q=convention"));

        var record = await analyst.HtmlAsync("/agreements/1");
        foreach (var text in new[] { "Joint Position of the SCO RATS", "Ruslan Mirzaev", "S/RES/2354 (2017)", "href=\"/resolutions/",
                     "all parties", "Consider necessary", "status as of", "Change history", "Record created" })
            Assert.Contains(text, record);
        Assert.DoesNotContain("/agreements/1/edit", record);
        var forEditor = await editor.HtmlAsync("/agreements/1");
        Assert.Contains("/agreements/1/edit", forEditor);
        Assert.Contains("/agreements/1/actions/new", forEditor);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Bad_filters_show_next_to_the_form_and_a_missing_record_is_404(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();

        var unknown = await analyst.HtmlAsync("/agreements?resolution=hello");
        Assert.Contains("id=\"f-resolution-error\"", unknown);
        Assert.Contains("Accepted forms", unknown);
        Assert.Contains("value=\"hello\"", unknown);                             // the input is kept
        Assert.Contains("id=\"f-to-error\"", await analyst.HtmlAsync("/agreements?from=2023&to=2022"));
        Assert.Contains("id=\"f-from-error\"", await analyst.HtmlAsync("/agreements?from=twenty"));
        Assert.Contains("role=\"alert\"", await analyst.HtmlAsync("/agreements?sort=sideways"));

        var missing = await analyst.GetAsync("/agreements/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Not found", await missing.Content.ReadAsStringAsync());
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_pages_speak_Russian_when_asked(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();
        (await analyst.GetAsync("/culture?lang=ru&returnUrl=/")).EnsureSuccessStatusCode();

        Assert.Contains("Обзор реестра", await analyst.HtmlAsync("/"));
        Assert.Contains("Найдено: 1", await analyst.HtmlAsync("/agreements"));
        var record = await analyst.HtmlAsync("/agreements/1");
        Assert.Contains("16 февраля 2022", record);
        Assert.Contains("История изменений", record);
    }
}
