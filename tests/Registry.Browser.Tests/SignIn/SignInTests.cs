namespace Registry.Browser.Tests.SignIn;

public sealed class SignInTests(Chromium chromium, SampleSite sample) : BrowserTest(chromium, sample.Site)
{
    [Fact]
    public async Task A_wrong_password_shows_the_error_and_stays_on_the_sign_in_page()
    {
        await SignInForm.SubmitAsync(Page, RegistrySite.AdminEmail, "not the password");

        await Assertions.Expect(Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The e-mail address or the password is wrong.");
        Assert.Equal("/signin", new Uri(Page.Url).AbsolutePath);
        Assert.Equal(RegistrySite.AdminEmail, await Page.GetByLabel("E-mail").InputValueAsync());
        Assert.DoesNotContain(await Page.Context.CookiesAsync(), c => c.Name == "registry.auth");
    }

    [Fact]
    public async Task The_right_password_signs_in_back_to_the_page_asked_for_and_the_page_is_styled()
    {
        await Page.GotoAsync("/agreements?q=terrorism");
        Assert.Equal("/signin", new Uri(Page.Url).AbsolutePath);

        await SignInForm.SignInAsync(Page, RegistrySite.EditorEmail);

        Assert.Equal("/agreements?q=terrorism", new Uri(Page.Url).PathAndQuery);

        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        // The stylesheet really loads (axe's contrast check is meaningless without it).
        var css = await Page.EvaluateAsync<int>("() => [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)");
        Assert.True(css > 10, $"Only {css} CSS rules are loaded.");
    }
}
