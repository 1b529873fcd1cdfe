using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Registry.Data.Database;

namespace Registry.Web.Auth;

public sealed record LoginRequest(string? Email, string? Password);

public static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/auth/login", async (LoginRequest request, RegistryDbContext db, TokenIssuer tokens, CancellationToken ct) =>
        {
            var user = await Credentials.VerifyAsync(db, request.Email, request.Password, ct);
            if (user is null) return Results.Problem("The e-mail address or the password is wrong.", statusCode: 401);
            var (token, expiresAt) = tokens.Issue(user);
            return Results.Ok(new { accessToken = token, tokenType = "Bearer", expiresAt, role = user.Role });
        }).AllowAnonymous().WithTags("Auth");

        app.MapPost("/signout", async (HttpContext http, IAntiforgery antiforgery) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http)) return Results.BadRequest();
            await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return Results.LocalRedirect("/signin");
        }).ExcludeFromDescription();
    }
}
