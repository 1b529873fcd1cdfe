using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Catalogue;

/// <summary>The body, person and resolution forms: they save, and a broken rule shows at its field with the input kept.</summary>
public sealed class CatalogueFormTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_editor_saves_bodies_people_and_resolutions_and_errors_keep_the_input(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var page = await PageSession.SignInAsync(app, "editor@test.local");
        using var api = await app.EditorAsync();

        var created = await page.PostAsync("/bodies/new", "body", new()
        {
            ["Input.Name"] = "Republic of Kazakhstan", ["Input.Abbreviation"] = "KZ", ["Input.NameRu"] = "Республика Казахстан",
            ["Input.NameZh"] = "哈萨克斯坦共和国", ["Input.Aliases"] = "Казахстан\r\n\r\nKazakhstan", ["Input.Kind"] = "State",
            ["Input.ParentId"] = "", ["Input.CountryCode"] = "kz",
        });
        var bodyId = IdIn(created, "bodies");
        var body = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/bodies/{bodyId}");
        Assert.Equal("KZ", body.GetProperty("countryCode").GetString());
        Assert.Equal(["Казахстан", "Kazakhstan"], body.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("哈萨克斯坦共和国", await page.HtmlAsync($"/bodies/{bodyId}"));

        var clash = await page.PostAsync("/bodies/new", "body", new()
        {
            ["Input.Name"] = "Typed name", ["Input.Abbreviation"] = "CSTO", ["Input.Kind"] = "InternationalOrganization",
        });
        var html = await PageSession.HtmlOf(clash);
        Assert.Equal(HttpStatusCode.OK, clash.StatusCode);
        Assert.Matches("<input id=\"abbreviation\" aria-invalid=\"true\"", html);
        Assert.Contains("already names the body CSTO", html);
        Assert.Contains("value=\"Typed name\"", html);

        Assert.Equal(HttpStatusCode.Redirect, (await page.PostAsync($"/bodies/{bodyId}/edit", "body", new()
        {
            ["Input.Name"] = "Kazakhstan", ["Input.Abbreviation"] = "KZ", ["Input.Kind"] = "State", ["Input.CountryCode"] = "KZ",
        })).StatusCode);
        Assert.Equal("Kazakhstan", (await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/bodies/{bodyId}")).GetProperty("name").GetString());

        // Empty appointment rows are ignored; a rule broken in a row is shown at that row.
        var person = await page.PostAsync("/people/new", "person", new()
        {
            ["Input.FullName"] = "Kassym-Jomart Tokayev", ["Input.FullNameRu"] = "Касым-Жомарт Токаев",
            ["Input.Appointments[0].BodyId"] = "", ["Input.Appointments[0].Position"] = "",
            ["Input.Appointments[1].BodyId"] = bodyId.ToString(), ["Input.Appointments[1].Position"] = "President",
            ["Input.Appointments[1].From"] = "2019-03-20", ["Input.Appointments[2].BodyId"] = "",
        });
        var personId = IdIn(person, "people");
        var saved = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/people/{personId}");
        var appointment = Assert.Single(saved.GetProperty("appointments").EnumerateArray());
        Assert.Equal(("KZ", "2019-03-20"), (appointment.GetProperty("body").GetString(), appointment.GetProperty("from").GetString()));

        var badRow = await page.PostAsync($"/people/{personId}/edit", "person", new()
        {
            ["Input.FullName"] = "Kassym-Jomart Tokayev", ["Input.Appointments[0].BodyId"] = "",
            ["Input.Appointments[1].BodyId"] = bodyId.ToString(), ["Input.Appointments[1].Position"] = "Chair",
            ["Input.Appointments[1].From"] = "2020-01-01", ["Input.Appointments[1].To"] = "2019-01-01",
        });
        html = await PageSession.HtmlOf(badRow);
        Assert.Matches("<input id=\"a1-to\" aria-invalid=\"true\"[^>]*value=\"2019-01-01\"", html);
        Assert.Contains("value=\"Chair\"", html);
        Assert.Equal("President", Assert.Single((await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/people/{personId}"))
            .GetProperty("appointments").EnumerateArray()).GetProperty("position").GetString());

        var resolution = await page.PostAsync("/resolutions/new", "resolution", new()
        {
            ["Input.Symbol"] = "resolution 2249 (2015)", ["Input.Title"] = "ISIL", ["Input.AdoptedOn"] = "2015-11-20", ["Input.Aliases"] = "UNSCR 2249",
        });
        var resolutionId = IdIn(resolution, "resolutions");
        Assert.Contains("<h1>S/RES/2249 (2015)</h1>", await page.HtmlAsync($"/resolutions/{resolutionId}"));
        html = await PageSession.HtmlOf(await page.PostAsync("/resolutions/new", "resolution", new() { ["Input.Symbol"] = "hello", ["Input.Title"] = "Kept" }));
        Assert.Matches("<input id=\"symbol\" aria-describedby=\"symbol-hint\" aria-invalid=\"true\"", html);
        Assert.Contains("Accepted forms", html);
        Assert.Contains("value=\"Kept\"", html);
    }

    private static int IdIn(HttpResponseMessage response, string feature)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(Regex.Match(response.Headers.Location!.ToString(), $"/{feature}/(\\d+)$").Groups[1].Value);
    }
}
