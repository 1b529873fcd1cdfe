using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Users;

namespace Registry.Web.Auth;

public sealed record LoginRequest(string? Email, string? Password);

public static class AuthEndpoints
{
    private static readonly PasswordHasher<User> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static void MapAuth(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/auth/login", async (LoginRequest request, RegistryDbContext db, TokenIssuer tokens, CancellationToken ct) =>
        {
            var key = (request.Email ?? "").Trim().ToUpperInvariant();
            var user = Domain.Common.Guard.HasControlCharacters(key) ? null : await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.EmailKey == key, ct);
            if (user is null || Hasher.VerifyHashedPassword(user, user.PasswordHash, request.Password ?? "") == PasswordVerificationResult.Failed)
                return Results.Problem("The e-mail address or the password is wrong.", statusCode: 401);
            var (token, expiresAt) = tokens.Issue(user);
            return Results.Ok(new { accessToken = token, tokenType = "Bearer", expiresAt, role = user.Role });
        }).AllowAnonymous().WithTags("Auth");
}
