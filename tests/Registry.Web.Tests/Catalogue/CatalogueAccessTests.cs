using System.Net;
using System.Net.Http.Json;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Catalogue;

public sealed class CatalogueAccessTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_analysts_forged_posts_get_403_and_change_nothing(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await PageSession.SignInAsync(app, "analyst@test.local");
        using var editor = await PageSession.SignInAsync(app, "editor@test.local");
        using var api = await app.EditorAsync();
        var bodies = (await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/bodies")).GetArrayLength();

        Assert.DoesNotContain("/bodies/new", await analyst.HtmlAsync("/bodies"));
        Assert.DoesNotContain("/edit", await analyst.HtmlAsync("/bodies/1"));
        Assert.Equal(HttpStatusCode.Redirect, (await analyst.Client.GetAsync("/bodies/new")).StatusCode);
        var forged = new Dictionary<string, string> { ["Input.Name"] = "Forged", ["Input.Abbreviation"] = "FORGED", ["Input.Kind"] = "State", ["Input.CountryCode"] = "XX" };
        // A valid antiforgery token taken from another page does not help.
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync("/bodies/new", "body", forged, tokenFrom: "/bodies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync("/bodies/1/edit", "body", forged, tokenFrom: "/bodies")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync("/people/new", "person",
            new() { ["Input.FullName"] = "Forged" }, tokenFrom: "/people")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync("/resolutions/new", "resolution",
            new() { ["Input.Symbol"] = "S/RES/2249 (2015)" }, tokenFrom: "/resolutions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsync("/users", "user",
            new() { ["Input.Email"] = "forged@test.local", ["Input.Password"] = RegistryApp.Password, ["Input.Role"] = "Administrator" }, tokenFrom: "/bodies")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.Client.GetAsync("/audit")).StatusCode);

        Assert.Equal(bodies, (await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/bodies")).GetArrayLength());
        Assert.Equal("Collective Security Treaty Organization",
            (await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/bodies/1")).GetProperty("name").GetString());
        Assert.Empty((await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/people?q=Forged")).EnumerateArray());
        using var admin = await app.ClientAsync(RegistryApp.AdminEmail);
        Assert.DoesNotContain("forged@test.local", await admin.GetStringAsync("/api/users"));
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_administrator_creates_users_on_the_users_page_with_the_APIs_rules(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var page = await PageSession.SignInAsync(app, RegistryApp.AdminEmail);

        var created = await page.PostAsync("/users", "user",
            new() { ["Input.Email"] = "new.editor@test.local", ["Input.Password"] = RegistryApp.Password, ["Input.Role"] = "Editor" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains("The user new.editor@test.local was created.", await page.HtmlAsync(created.Headers.Location!.ToString()));
        using var newEditor = await app.ClientAsync("new.editor@test.local");
        Assert.Equal(HttpStatusCode.OK, (await newEditor.GetAsync("/api/bodies")).StatusCode);

        var html = await PageSession.HtmlOf(await page.PostAsync("/users", "user",
            new() { ["Input.Email"] = "short@test.local", ["Input.Password"] = "short", ["Input.Role"] = "Analyst" }));
        Assert.Matches("<input id=\"password\"[^>]*aria-invalid=\"true\"", html);
        Assert.Contains("password must have at least 10 characters.", html);
        Assert.Contains("value=\"short@test.local\"", html);
        Assert.DoesNotContain("value=\"short\"", html); // a password is never sent back

        html = await PageSession.HtmlOf(await page.PostAsync("/users", "user",
            new() { ["Input.Email"] = "editor@test.local", ["Input.Password"] = RegistryApp.Password, ["Input.Role"] = "Analyst" }));
        Assert.Contains("A user with e-mail editor@test.local exists already.", html);
    }
}
