using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Catalogue;

/// <summary>A browser-like client of the server-rendered pages: signed in with the cookie, posting forms with their token.</summary>
public sealed partial class PageSession(HttpClient client) : IDisposable
{
    public HttpClient Client { get; } = client;

    public static async Task<PageSession> SignInAsync(RegistryApp app, string email, string language = "en")
    {
        var session = new PageSession(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
        var signIn = await session.PostAsync("/signin", "signin", new() { ["Input.Email"] = email, ["Input.Password"] = RegistryApp.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        await session.Client.GetAsync($"/culture?lang={language}&returnUrl=/");
        return session;
    }

    /// <summary>The page's HTML with entities decoded, so Cyrillic and Chinese can be asserted as typed.</summary>
    public Task<string> HtmlAsync(string path) => Client.HtmlAsync(path);

    /// <summary>Posts a form as the browser would, with the antiforgery token of <paramref name="tokenFrom"/> (the form's own page by default).</summary>
    public async Task<HttpResponseMessage> PostAsync(string path, string handler, Dictionary<string, string> fields, string? tokenFrom = null)
    {
        var page = await (await Client.GetAsync(tokenFrom ?? path)).Content.ReadAsStringAsync();
        var token = TokenField().Match(page).Groups[1].Value;
        Assert.NotEqual("", token);
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token, ["_handler"] = handler };
        return await Client.PostAsync(path, new FormUrlEncodedContent(form));
    }

    public static async Task<string> HtmlOf(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public void Dispose() => Client.Dispose();
}
