namespace Registry.Browser.Tests.Infrastructure;

/// <summary>Signing in through the /signin form, as a person would.</summary>
public static class SignInForm
{
    /// <summary>Fills in and submits the sign-in form, opening /signin first unless the page shows it already.</summary>
    public static async Task SubmitAsync(IPage page, string email, string password)
    {
        if (!IsSignInPage(page.Url)) await page.GotoAsync("/signin");
        await page.GetByLabel("E-mail").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Signs in and waits until the app has left the sign-in page.</summary>
    public static async Task SignInAsync(IPage page, string email, string password = RegistrySite.Password)
    {
        await SubmitAsync(page, email, password);
        await page.WaitForURLAsync(url => !IsSignInPage(url));
    }

    private static bool IsSignInPage(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.AbsolutePath == "/signin";
}
