using System.Text.Json;

namespace Registry.Browser.Tests.Roles;

/// <summary>A form post forged by a signed-in Analyst, with a valid antiforgery token, is refused with 403 and changes nothing.</summary>
public sealed class ForgedPostTests(Chromium chromium, SampleSite sample) : BrowserTest(chromium, sample.Site)
{
    [Fact]
    public async Task A_new_body_forged_by_an_analyst_gets_403_while_the_same_form_from_an_editor_saves()
    {
        using var api = await Site.ApiAsync(RegistrySite.AdminEmail);
        var before = await CountAsync(api, "/api/bodies");

        // The editor fills in the real form; its fields, as the browser would send them, become the forgery.
        var editor = await NewPageAsync();
        await SignInForm.SignInAsync(editor, RegistrySite.EditorEmail);
        await GoAsync(editor, "/bodies/new");
        await editor.GetByLabel("Name", new() { Exact = true }).FillAsync("Forged Committee");
        await editor.GetByLabel("Abbreviation").FillAsync("FORGED");
        await editor.GetByLabel("Kind").SelectOptionAsync("InternationalOrganization");
        var fields = await Forgery.FormFieldsAsync(editor);
        Assert.Contains("_handler", fields.Keys);

        await SignInForm.SignInAsync(Page, RegistrySite.AnalystEmail);
        Assert.Equal(403, await Forgery.PostAsync(Page, "/bodies/new", fields));
        Assert.Equal(before, await CountAsync(api, "/api/bodies"));

        // The same form, sent by the editor, is accepted: the forgery failed on the role alone.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await editor.WaitForURLAsync(url => !url.EndsWith("/bodies/new", StringComparison.Ordinal));
        Assert.Equal(before + 1, await CountAsync(api, "/api/bodies"));
    }

    [Fact]
    public async Task A_participant_action_forged_by_an_analyst_gets_403_and_leaves_the_record_as_it_was()
    {
        using var api = await Site.ApiAsync(RegistrySite.AdminEmail);
        var before = await api.GetStringAsync("/api/agreements/1");

        var editor = await NewPageAsync();
        await SignInForm.SignInAsync(editor, RegistrySite.EditorEmail);
        await GoAsync(editor, "/agreements/1/actions/new");
        var fields = await Forgery.FormFieldsAsync(editor);

        await SignInForm.SignInAsync(Page, RegistrySite.AnalystEmail);
        Assert.Equal(403, await Forgery.PostAsync(Page, "/agreements/1/actions/new", fields));
        Assert.Equal(before, await api.GetStringAsync("/api/agreements/1"));
    }

    private static async Task<int> CountAsync(HttpClient api, string path) =>
        JsonDocument.Parse(await api.GetStringAsync(path)).RootElement.GetArrayLength();
}
