using Microsoft.AspNetCore.Localization;

namespace Registry.Web.Ui;

/// <summary>The Blazor UI: server-rendered pages, interactivity only on the agreement editor, English and Russian.</summary>
public static class UiSetup
{
    public static void AddRegistryUi(this WebApplicationBuilder builder)
    {
        // `dotnet run` outside Development would otherwise not serve the framework's own script (blazor.web.js).
        builder.WebHost.UseStaticWebAssets();
        // Cyrillic and Chinese go out as characters, not as numeric references.
        builder.Services.AddSingleton(System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Text.English);
            o.SupportedCultures = o.SupportedUICultures = Text.Cultures;
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
    }

    public static void MapRegistryUi(this WebApplication app)
    {
        app.MapStaticAssets().AllowAnonymous();
        app.MapGet("/culture", (string? lang, string? returnUrl, HttpContext http) =>
        {
            var culture = lang == "ru" ? Text.Russian : Text.English;
            http.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
                new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax });
            return Results.LocalRedirect(returnUrl is { Length: > 0 } u && u.StartsWith('/') && !u.StartsWith("//") ? u : "/");
        }).AllowAnonymous().ExcludeFromDescription();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
    }
}
