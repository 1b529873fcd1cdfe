using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Registry.Testing;
using Registry.Web.Dossiers.Jobs;

namespace Registry.Web.Tests.Dossiers;

/// <summary>
/// The web app over a test database that outlives it, so a test can stop the app and start it again; with the job
/// server on or off and a printer of the test's choosing. Not disposing the database is the caller's part.
/// </summary>
public sealed partial class DossierSite(TestDatabase db, IDossierPrinter? printer, bool runServer, IReadOnlyDictionary<string, string>? settings)
    : WebApplicationFactory<Program>
{
    public const string Admin = "admin@test.local";
    public const string Analyst = "analyst@test.local";
    public const string Password = "correct horse battery";

    public TestDatabase Database => db;

    /// <summary>Starts the app; without a <paramref name="printer"/> it prints with the real one.</summary>
    public static async Task<DossierSite> StartAsync(TestDatabase db, IDossierPrinter? printer, bool runServer = true,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var site = new DossierSite(db, printer, runServer, settings);
        using var admin = await site.ClientAsync(Admin);
        var analyst = await admin.PostAsJsonAsync("/api/users", new { email = Analyst, password = Password, role = "analyst" });
        if (analyst.StatusCode != HttpStatusCode.Conflict) analyst.EnsureSuccessStatusCode();
        return site;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Registry:Database:Provider", db.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Registry", db.Settings.EffectiveConnectionString);
        builder.UseSetting("Registry:DataDirectory", db.Settings.DataDirectory);
        builder.UseSetting("Registry:BootstrapAdmin:Email", Admin);
        builder.UseSetting("Registry:BootstrapAdmin:Password", Password);
        builder.UseSetting("Registry:Jobs:RunServer", runServer.ToString());
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (printer is not null) builder.ConfigureTestServices(s => s.AddSingleton(printer));
        if (Environment.GetEnvironmentVariable("DOSSIER_TEST_LOG") is { Length: > 0 } log)
            builder.ConfigureLogging(l => l.AddProvider(new FileLog(log)));
    }

    /// <summary>A client with a bearer token for the API.</summary>
    public async Task<HttpClient> ClientAsync(string email)
    {
        var client = CreateClient();
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A browser-like client signed in through the /signin form, holding the cookie; redirects are not followed.</summary>
    public async Task<HttpClient> BrowserAsync(string? email)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (email is null) return client;
        using var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin", ["__RequestVerificationToken"] = await TokenAsync(client, "/signin"),
            ["Input.Email"] = email, ["Input.Password"] = Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token of the first form on a page.</summary>
    public static async Task<string> TokenAsync(HttpClient client, string page) =>
        Token().Match(await client.GetStringAsync(page)) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {page}.");

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
