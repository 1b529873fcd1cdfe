using System.Net;
using System.Text.RegularExpressions;

namespace Registry.Web.Bench;

/// <summary>Signs in through the /signin form as a browser would, leaving the auth cookie in the client's cookie jar.</summary>
public static partial class CookieSignIn
{
    public static async Task SignInAsync(HttpClient http, string email, string password)
    {
        var form = await http.GetStringAsync("/signin");
        var token = Token().Match(form) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException("No antiforgery token on /signin.");
        using var response = await http.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "signin",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        if (response.StatusCode is not (HttpStatusCode.Redirect or HttpStatusCode.Found or HttpStatusCode.SeeOther)
            || response.Headers.Location?.OriginalString.StartsWith("/signin", StringComparison.Ordinal) == true)
            throw new InvalidOperationException(
                $"Sign-in as {email} failed ({(int)response.StatusCode}). Set Registry__BootstrapAdmin__Email/Password to a user's credentials.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
