namespace Registry.Browser.Tests.Roles;

/// <summary>Building a form post by hand, as an attacker with a valid session and antiforgery token would.</summary>
public static class Forgery
{
    /// <summary>The fields of the page's main form (the one with a _handler), as the browser would post them.</summary>
    public static Task<Dictionary<string, string>> FormFieldsAsync(IPage page) =>
        page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries(new FormData(document.querySelector('main form:has(input[name=_handler])')))");

    /// <summary>A valid antiforgery token for the page's user, from the sign-out form every page's header carries.</summary>
    public static async Task<string> TokenAsync(IPage page)
    {
        await page.GotoAsync("/agreements");
        return await page.Locator("form[action='/signout'] input[name='__RequestVerificationToken']").InputValueAsync();
    }

    /// <summary>Posts <paramref name="fields"/> with the page's cookies and its user's token; redirects are not followed.</summary>
    public static async Task<int> PostAsync(IPage page, string path, Dictionary<string, string> fields)
    {
        var request = page.Context.APIRequest;
        var form = request.CreateFormData();
        foreach (var (name, value) in fields) form.Set(name, value);
        form.Set("__RequestVerificationToken", await TokenAsync(page));
        var response = await request.PostAsync(path, new() { Form = form, MaxRedirects = 0 });
        return response.Status;
    }
}
