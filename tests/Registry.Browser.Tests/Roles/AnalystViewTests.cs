namespace Registry.Browser.Tests.Roles;

/// <summary>An Analyst reads everything but sees no edit controls, and the editor turns an Analyst away.</summary>
public sealed class AnalystViewTests(Chromium chromium, SampleSite sample) : BrowserTest(chromium, sample.Site)
{
    private static readonly string[] EditControls = ["Edit", "New agreement", "Add participant action"];

    [Theory]
    [InlineData("/agreements/1", new[] { "Edit", "Add participant action" })]
    [InlineData("/agreements", new[] { "New agreement" })]
    public async Task An_analyst_sees_no_edit_controls_an_editor_does(string path, string[] editorSees)
    {
        // The editor's view proves the controls are there to find, so their absence below means something.
        var editor = await NewPageAsync();
        await SignInForm.SignInAsync(editor, RegistrySite.EditorEmail);
        await GoAsync(editor, path);
        foreach (var name in editorSees)
            Assert.True(await Control(editor, name).CountAsync() > 0, $"The editor should see \"{name}\" on {path}.");

        await SignInForm.SignInAsync(Page, RegistrySite.AnalystEmail);
        await GoAsync(Page, path);
        foreach (var name in EditControls)
            Assert.True(await Control(Page, name).CountAsync() == 0, $"The analyst sees \"{name}\" on {path}.");
    }

    [Fact]
    public async Task An_analyst_who_opens_the_editor_is_turned_away()
    {
        await SignInForm.SignInAsync(Page, RegistrySite.AnalystEmail);
        await Page.GotoAsync("/agreements/1/edit");
        Assert.Equal("/access-denied", new Uri(Page.Url).AbsolutePath);
        Assert.Equal(0, await Page.Locator("main form input, main form select, main form textarea").CountAsync());
    }

    private static ILocator Control(IPage page, string name) =>
        page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true })
            .Or(page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }));
}
