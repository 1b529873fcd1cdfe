using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Registry.Domain.Users;

namespace Registry.Web.Auth;

public sealed class TokenIssuer(SecurityKey key)
{
    public const string Issuer = "registry";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public (string Token, DateTime ExpiresAt) Issue(User user)
    {
        var expires = DateTime.UtcNow + Lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer, Audience = Issuer, Expires = expires,
            Subject = Credentials.Identity(user, "Bearer"),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
