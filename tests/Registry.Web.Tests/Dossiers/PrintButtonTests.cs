using System.Net;
using System.Text.RegularExpressions;
using Registry.Data.Database;
using Registry.Testing;

namespace Registry.Web.Tests.Dossiers;

/// <summary>The print buttons as a signed-in browser uses them: a form post that queues and comes back with the progress.</summary>
public sealed partial class PrintButtonTests
{
    [Fact]
    public async Task An_analyst_prints_a_record_and_a_list_from_the_pages_and_follows_the_progress()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var site = await DossierSite.StartAsync(db, new CountingPrinter());
        using var browser = await site.BrowserAsync(DossierSite.Analyst);

        var record = await PrintAsync(browser, "/agreements/1", "print-dossier");
        Assert.StartsWith("/agreements/1?dossier=", record.Path);
        var list = await PrintAsync(browser, "/agreements?body=SCO&from=2022&to=2022", "print-set");
        Assert.Matches(@"^/agreements\?body=SCO&from=2022&to=2022&dossier=\d+$", list.Path);

        using var api = await site.ClientAsync(DossierSite.Analyst);
        foreach (var id in new[] { record.Id, list.Id })
        {
            await DossierApi.WaitAsync(api, id);
            var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/dossiers/{id}"));
            Assert.Contains("<h1>Printed title", page);
            Assert.Contains($"href=\"/api/dossiers/{id}/pdf\"", page);
            Assert.Contains("Ready", page);
        }
        var shown = WebUtility.HtmlDecode(await browser.GetStringAsync($"/agreements/1?dossier={record.Id}"));
        Assert.Contains("role=\"status\"", shown);
        Assert.Contains($"href=\"/dossiers/{record.Id}\"", shown);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/dossiers/999999")).StatusCode);
    }

    /// <summary>Posts the page's print form as a browser would and follows nothing: returns where it redirects.</summary>
    private static async Task<(string Path, int Id)> PrintAsync(HttpClient browser, string page, string form)
    {
        var html = await browser.GetStringAsync(page);
        Assert.Contains($"value=\"{form}\"", html);
        using var response = await browser.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = form, ["__RequestVerificationToken"] = await DossierSite.TokenAsync(browser, page), ["Input.Paper"] = "Letter",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString.Replace("http://localhost", "").Split('#')[0];
        return (location, int.Parse(DossierId().Match(location).Groups[1].Value));
    }

    [GeneratedRegex(@"dossier=(\d+)")]
    private static partial Regex DossierId();
}
