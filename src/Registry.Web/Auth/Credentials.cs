using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Users;

namespace Registry.Web.Auth;

/// <summary>Checks an e-mail and password, for the API's token and for the UI's cookie alike.</summary>
public static class Credentials
{
    private static readonly PasswordHasher<User> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(null!, password);

    public static async Task<User?> VerifyAsync(RegistryDbContext db, string? email, string? password, CancellationToken ct)
    {
        var key = (email ?? "").Trim().ToUpperInvariant();
        if (key.Length == 0 || Domain.Common.Guard.HasControlCharacters(key)) return null;
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.EmailKey == key, ct);
        return user is not null && Hasher.VerifyHashedPassword(user, user.PasswordHash, password ?? "") != PasswordVerificationResult.Failed
            ? user : null;
    }

    public static ClaimsIdentity Identity(User user, string scheme) => new(
        [new Claim("sub", user.Id.ToString()), new Claim("email", user.Email), new Claim("role", user.Role.ToString())],
        scheme, "email", "role");

    public static Task SignInAsync(HttpContext http, User user) =>
        http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(Identity(user, CookieAuthenticationDefaults.AuthenticationScheme)));
}
