using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Registry.Data.Database;
using Registry.Domain.Users;

namespace Registry.Web.Auth;

public static class Policies
{
    public const string Editor = "Editor";
    public const string Administrator = "Administrator";
}

public static class Schemes
{
    public const string Either = "BearerOrCookie";
}

public static class AuthSetup
{
    public static void AddRegistryAuth(this WebApplicationBuilder builder, RegistrySettings settings)
    {
        var key = new SymmetricSecurityKey(SigningKey(builder.Configuration, settings));
        builder.Services.AddSingleton(new TokenIssuer(key));
        builder.Services.AddAuthentication(Schemes.Either)
            // The API takes bearer tokens; the UI signs in with a cookie. A cookie never authorizes an API write,
            // so a forged cross-site request cannot change data through the API.
            .AddPolicyScheme(Schemes.Either, Schemes.Either, o => o.ForwardDefaultSelector = http =>
                http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                || (http.Request.Path.StartsWithSegments("/api") && !HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
                    ? JwtBearerDefaults.AuthenticationScheme : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/signin";
                o.AccessDeniedPath = "/access-denied";
                o.Cookie.Name = "registry.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TokenIssuer.Lifetime;
                o.SlidingExpiration = true;
                o.Events.OnRedirectToLogin = ctx => ApiAnswers(ctx, 401);
                o.Events.OnRedirectToAccessDenied = ctx => ApiAnswers(ctx, 403);
            })
            .AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenIssuer.Issuer, ValidAudience = TokenIssuer.Issuer, IssuerSigningKey = key,
                NameClaimType = "email", RoleClaimType = "role", ClockSkew = TimeSpan.FromSeconds(30),
            };
        });
        builder.Services.AddAuthorizationBuilder()
            // Everything needs a signed-in user unless an endpoint says otherwise (health, login).
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Editor, p => p.RequireRole(nameof(Role.Administrator), nameof(Role.Editor)))
            .AddPolicy(Policies.Administrator, p => p.RequireRole(nameof(Role.Administrator)));
    }

    /// <summary>API calls and form posts get a status code; a browser asking for a page is sent to sign in.</summary>
    private static Task ApiAnswers(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        var request = ctx.Request;
        if (request.Path.StartsWithSegments("/api") || !HttpMethods.IsGet(request.Method))
            ctx.Response.StatusCode = status;
        else
            ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }

    /// <summary>From configuration, else a random key kept in the data directory so tokens survive a restart.</summary>
    private static byte[] SigningKey(IConfiguration config, RegistrySettings settings)
    {
        if (config["Registry:Auth:SigningKey"] is { Length: >= 32 } configured)
            return System.Text.Encoding.UTF8.GetBytes(configured);
        var path = Path.Combine(settings.DataDirectory, "jwt-signing.key");
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        var bytes = RandomNumberGenerator.GetBytes(64);
        File.WriteAllText(path, Convert.ToBase64String(bytes));
        // Whoever reads this key can sign an Administrator's token.
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        return bytes;
    }
}
