using System.Net.Http.Json;

namespace Registry.Browser.Tests.Editing;

/// <summary>Issue 3, browser test 3: two editors save the same record; the second sees the conflict view and neither edit is lost.</summary>
public sealed class ConflictTests(Chromium chromium, SampleSite sample) : BrowserTest(chromium, sample.Site)
{
    [Fact]
    public async Task The_second_save_shows_the_conflict_and_keeps_both_edits()
    {
        var second = await NewPageAsync();
        await SignInForm.SignInAsync(Page, RegistrySite.EditorEmail);
        await SignInForm.SignInAsync(second, RegistrySite.AdminEmail);
        var first = new EditorPage(Page);
        var other = new EditorPage(second);
        await first.OpenAsync("/agreements/1/edit");
        await other.OpenAsync("/agreements/1/edit");
        var stamp = Guid.NewGuid().ToString("N")[..8];

        await first.FillAsync("shortTitle", $"Short title by the first editor {stamp}");
        await first.FillAsync("correctionReason", "First editor's correction");
        await first.SaveAsync();
        await Page.WaitForURLAsync("**/agreements/1");

        await other.FillAsync("summary", $"Summary by the second editor {stamp}");
        await other.FillAsync("correctionReason", "Second editor's correction");
        await other.SaveAsync();

        var conflict = second.Locator("#conflict");
        await Assertions.Expect(conflict).ToBeVisibleAsync();
        await Assertions.Expect(conflict).ToContainTextAsync("Short title");
        await Assertions.Expect(conflict).ToContainTextAsync($"Short title by the first editor {stamp}");
        // The second editor's input is still in the form.
        await Assertions.Expect(other.Field("summary")).ToHaveValueAsync($"Summary by the second editor {stamp}");
        await Artifacts.ScreenshotAsync(second, "editor-conflict");

        await other.ClickAsync("Apply my changes to the current version and save");
        await second.WaitForURLAsync("**/agreements/1");

        using var api = await Site.ApiAsync(RegistrySite.AnalystEmail);
        var saved = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/agreements/1");
        Assert.Equal($"Short title by the first editor {stamp}", saved.GetProperty("shortTitle").GetString());
        Assert.Equal($"Summary by the second editor {stamp}", saved.GetProperty("summary").GetString());
    }
}
