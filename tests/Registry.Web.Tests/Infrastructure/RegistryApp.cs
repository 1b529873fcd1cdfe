using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Testing;

namespace Registry.Web.Tests.Infrastructure;

/// <summary>The whole web app on a real database of one provider, with an Administrator, an Editor and an Analyst.</summary>
public sealed class RegistryApp : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@test.local";
    public const string Password = "correct horse battery";

    private readonly TestDatabase _db;

    private RegistryApp(TestDatabase db) => _db = db;

    public TestDatabase Database => _db;

    public static async Task<RegistryApp> StartAsync(DatabaseProvider provider, long? maxAttachmentBytes = null)
    {
        var app = new RegistryApp(await TestDatabase.CreateAsync(provider, migrate: false)) { _maxBytes = maxAttachmentBytes };
        using var admin = await app.ClientAsync(AdminEmail);
        foreach (var (email, role) in new[] { ("editor@test.local", "editor"), ("analyst@test.local", "analyst") })
            (await admin.PostAsJsonAsync("/api/users", new { email, password = Password, role })).EnsureSuccessStatusCode();
        return app;
    }

    private long? _maxBytes;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Registry:Database:Provider", _db.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Registry", _db.Settings.EffectiveConnectionString);
        builder.UseSetting("Registry:DataDirectory", _db.Settings.DataDirectory);
        builder.UseSetting("Registry:BootstrapAdmin:Email", AdminEmail);
        builder.UseSetting("Registry:BootstrapAdmin:Password", Password);
        if (_maxBytes is { } max) builder.UseSetting("Registry:Attachments:MaxBytes", max.ToString());
    }

    public async Task<HttpClient> ClientAsync(string? email)
    {
        var client = CreateClient();
        if (email is null) return client;
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task<HttpClient> EditorAsync() => ClientAsync("editor@test.local");
    public Task<HttpClient> AnalystAsync() => ClientAsync("analyst@test.local");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _db.DisposeAsync();
    }
}

public static class Json
{
    public static System.Text.Json.JsonSerializerOptions Options => RegistryJson.Options;

    public static async Task<System.Text.Json.JsonElement> ReadJsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
}

public static class Pages
{
    /// <summary>A page that must answer 200, its HTML with entities decoded (Blazor writes Cyrillic as character references).</summary>
    public static async Task<string> HtmlAsync(this HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"GET {path}: {(int)response.StatusCode}");
        return System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
