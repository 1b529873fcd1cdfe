using System.Net.Http.Json;

namespace Registry.Browser.Tests.Editing;

/// <summary>Issue 3, browser test 4: a broken rule shows next to its field and everything typed stays.</summary>
public sealed class ValidationTests(Chromium chromium, SampleSite sample) : BrowserTest(chromium, sample.Site)
{
    [Fact]
    public async Task A_validation_error_shows_at_its_field_and_keeps_the_input()
    {
        await SignInForm.SignInAsync(Page, RegistrySite.EditorEmail);
        var editor = new EditorPage(Page);
        await editor.OpenAsync("/agreements/new");
        var reference = "REG-TEST-" + Guid.NewGuid().ToString("N")[..6];
        await editor.FillAsync("referenceNumber", reference);
        await editor.SelectAsync("kind", "Treaty");
        await editor.FillAsync("title", "Treaty typed before an error");
        await editor.FillAsync("signedOn", "2023-05-10");
        await editor.FillAsync("entryIntoForceOn", "2023-01-01");
        await editor.ClickAsync("Add citation");
        await editor.FillAsync("citations[0].symbol", "resolution 2354 (2017)");

        await editor.SaveAsync();

        await Assertions.Expect(editor.ErrorOf("entryIntoForceOn")).ToBeVisibleAsync();
        await Assertions.Expect(editor.Field("entryIntoForceOn")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Page.Locator("#error-summary")).ToBeVisibleAsync();
        Assert.Equal(reference, await editor.Field("referenceNumber").InputValueAsync());
        Assert.Equal("Treaty typed before an error", await editor.Field("title").InputValueAsync());
        Assert.Equal("2023-05-10", await editor.Field("signedOn").InputValueAsync());
        Assert.Equal("resolution 2354 (2017)", await editor.Field("citations[0].symbol").InputValueAsync());
        Assert.EndsWith("/agreements/new", Page.Url);
        await Artifacts.ScreenshotAsync(Page, "editor-validation-error");

        // Nothing was half-written.
        using var api = await Site.ApiAsync(RegistrySite.AnalystEmail);
        var list = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/agreements?q={reference}");
        Assert.Equal(0, list.GetProperty("total").GetInt32());

        // Correcting the field and saving again works with what was kept.
        await editor.FillAsync("entryIntoForceOn", "2023-06-01");
        await editor.SaveAsync();
        await Page.WaitForURLAsync(url => !url.EndsWith("/agreements/new", StringComparison.Ordinal));
        list = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/agreements?q={reference}");
        Assert.Equal(1, list.GetProperty("total").GetInt32());
    }
}
