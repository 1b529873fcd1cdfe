using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Registry.Browser.Tests.Infrastructure;

/// <summary>
/// The whole Registry app on a real Kestrel port (127.0.0.1, any free port), on a fresh SQLite database in its own
/// /tmp folder, with an Administrator, an Editor and an Analyst. With <c>samples</c> the reference record is loaded.
/// </summary>
public sealed class RegistrySite : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@browser.test";
    public const string EditorEmail = "editor@browser.test";
    public const string AnalystEmail = "analyst@browser.test";
    public const string Password = "correct horse battery";

    private readonly bool _samples;
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("registry-browser-").FullName;

    private RegistrySite(bool samples) => _samples = samples;

    /// <summary>What the server logged as errors, e.g. the exception behind a 500.</summary>
    public ServerErrors Errors { get; } = new();

    /// <summary>The site's root, e.g. http://127.0.0.1:41234 (no trailing slash).</summary>
    public string BaseUrl { get; private set; } = "";

    public static async Task<RegistrySite> StartAsync(bool samples = true)
    {
        var site = new RegistrySite(samples);
        try
        {
            site.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            site.StartServer();
            var addresses = site.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
            site.BaseUrl = addresses.Addresses.First().TrimEnd('/');
            using var admin = await site.ApiAsync(AdminEmail);
            // The first page render compiles a lot; do it here rather than inside the first test's time-out.
            (await admin.GetAsync("/signin")).EnsureSuccessStatusCode();
            foreach (var (email, role) in new[] { (EditorEmail, "editor"), (AnalystEmail, "analyst") })
                (await admin.PostAsJsonAsync("/api/users", new { email, password = Password, role })).EnsureSuccessStatusCode();
            return site;
        }
        catch
        {
            await site.DisposeAsync();
            throw;
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Errors));
        builder.UseSetting("Registry:Database:Provider", "Sqlite");
        builder.UseSetting("Registry:DataDirectory", _dataDirectory);
        builder.UseSetting("Registry:BootstrapAdmin:Email", AdminEmail);
        builder.UseSetting("Registry:BootstrapAdmin:Password", Password);
        builder.UseSetting("Registry:Samples:LoadOnFirstStart", _samples ? "true" : "false");
    }

    /// <summary>An HTTP client on the real port, with a bearer token for <paramref name="email"/> (none if null).</summary>
    public async Task<HttpClient> ApiAsync(string? email)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        if (email is null) return client;
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_dataDirectory, recursive: true); } catch (IOException) { }
    }
}
