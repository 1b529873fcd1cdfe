using System.Net;
using System.Net.Http.Json;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Api;

public sealed class AccessTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Anonymous_gets_401_an_analyst_cannot_write_an_editor_can(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var anonymous = await app.ClientAsync(null);
        using var analyst = await app.AnalystAsync();
        using var editor = await app.EditorAsync();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        foreach (var path in new[] { "/api/agreements", "/api/agreements/1", "/api/bodies", "/api/people", "/api/resolutions", "/api/users" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/agreements", Payloads.Agreement())).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync("/api/agreements")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/agreements", Payloads.Agreement("A-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/bodies", new { name = "X", abbreviation = "X" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/users")).StatusCode);
        Assert.Equal(1, (await (await analyst.GetAsync("/api/agreements")).ReadJsonAsync()).GetProperty("total").GetInt32());

        var created = await editor.PostAsJsonAsync("/api/agreements", Payloads.Agreement("E-1"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await analyst.GetAsync(created.Headers.Location)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.PostAsJsonAsync("/api/users",
            new { email = "x@test.local", password = RegistryApp.Password, role = "administrator" })).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_wrong_password_gets_401_and_the_OpenAPI_document_is_served(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var client = await app.ClientAsync(null);
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = RegistryApp.AdminEmail, password = "wrong password" });
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);

        var openApi = await (await client.GetAsync("/openapi/v1.json")).ReadJsonAsync();
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/agreements/{id}", out _));
    }
}
