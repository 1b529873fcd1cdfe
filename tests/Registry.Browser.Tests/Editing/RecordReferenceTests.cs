using System.Net.Http.Json;

namespace Registry.Browser.Tests.Editing;

/// <summary>
/// Issue 3, browser test 1: an Editor records the reference Joint Position through the forms alone, on an empty
/// registry (bodies created in place, people by name, citations in loose form, seven commitments), then finds it
/// through the list filters and sees every field on its page.
/// </summary>
public sealed class RecordReferenceTests(Chromium chromium, EmptySite empty) : BrowserTest(chromium, empty.Site), IClassFixture<EmptySite>
{
    private static readonly (string Abbreviation, string Name)[] Bodies =
    [
        ("SCO RATS", "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization"),
        ("CIS ATC", "Anti-Terrorist Center of the Commonwealth of Independent States"),
        ("CSTO Secretariat", "Secretariat of the Collective Security Treaty Organization"),
    ];

    [Fact]
    public async Task An_editor_records_the_reference_joint_position_and_finds_it()
    {
        var a = ReferenceSample.Agreement;
        await SignInForm.SignInAsync(Page, RegistrySite.EditorEmail);
        var editor = new EditorPage(Page);
        await editor.OpenAsync("/agreements/new");

        await editor.FillAsync("referenceNumber", a.GetProperty("referenceNumber").GetString()!);
        await editor.SelectAsync("kind", "JointPosition");
        await editor.FillAsync("title", a.GetProperty("title").GetString()!);
        await editor.FillAsync("shortTitle", a.GetProperty("shortTitle").GetString()!);
        await editor.FillAsync("signedOn", "2022-02-16");
        await editor.FillAsync("place.city", "Moscow");
        await editor.FillAsync("place.venue", a.GetProperty("place").GetProperty("venue").GetString()!);
        await editor.FillAsync("place.country", "Russian Federation");
        await editor.FillAsync("summary", a.GetProperty("summary").GetString()!);

        // Bodies that are not in the catalogue yet are created in place and become parties.
        await Page.GetByText("A body that is not in the catalogue yet").ClickAsync();
        foreach (var (abbreviation, name) in Bodies)
        {
            await editor.FillAsync("newBody.name", name);
            await editor.FillAsync("newBody.abbreviation", abbreviation);
            await editor.SelectAsync("newBody.kind", "OrganOfOrganization");
            await editor.ClickAsync("Create the body and add it as a party");
            await Assertions.Expect(Page.GetByRole(AriaRole.Status)).ToContainTextAsync(abbreviation);
        }
        for (var i = 0; i < Bodies.Length; i++)
        {
            await Assertions.Expect(editor.Field($"parties[{i}].body")).ToHaveValueAsync(Bodies[i].Abbreviation);
            await editor.ClickAsync($"Add action for party {i + 1}");
            await editor.SelectAsync($"parties[{i}].actions[0].type", "Signature");
            await editor.FillAsync($"parties[{i}].actions[0].date", "2022-02-16");
        }

        var signatories = a.GetProperty("signatories").EnumerateArray().ToList();
        for (var i = 0; i < signatories.Count; i++)
        {
            var person = signatories[i].GetProperty("person").GetString()!;
            await editor.ClickAsync("Add signatory");
            await editor.FillAsync($"signatories[{i}].person", person);
            await editor.SelectAsync($"signatories[{i}].body", signatories[i].GetProperty("body").GetString()!);
            await editor.FillAsync($"signatories[{i}].position", ReferenceSample.PositionOf(person));
        }

        (string Loose, string Canonical, string Words)[] citations =
        [
            ("resolution 2354 (2017)", "S/RES/2354 (2017)", a.GetProperty("citations")[0].GetProperty("citingWords").GetString()!),
            ("General Assembly resolution 60/288", "A/RES/60/288", a.GetProperty("citations")[1].GetProperty("citingWords").GetString()!),
        ];
        for (var i = 0; i < citations.Length; i++)
        {
            await editor.ClickAsync("Add citation");
            await editor.FillAsync($"citations[{i}].symbol", citations[i].Loose);
            // The canonical symbol shows before anything is saved.
            await Assertions.Expect(Page.Locator("output.canonical").Nth(i)).ToContainTextAsync(citations[i].Canonical);
            await editor.FillAsync($"citations[{i}].citingWords", citations[i].Words);
        }

        var commitments = a.GetProperty("commitments").EnumerateArray().ToList();
        for (var i = 0; i < commitments.Count; i++)
        {
            var c = commitments[i];
            await editor.ClickAsync("Add commitment");
            await editor.FillAsync($"commitments[{i}].text", c.GetProperty("text").GetString()!);
            await editor.FillAsync($"commitments[{i}].sourceText", c.GetProperty("sourceText").GetString()!);
            await editor.SelectAsync($"commitments[{i}].modality", ReferenceSample.Pascal(c.GetProperty("modality").GetString()!));
            await editor.FillAsync($"commitments[{i}].topics", string.Join(", ", c.GetProperty("topics").EnumerateArray().Select(t => t.GetString())));
            if (c.TryGetProperty("resolutions", out var rs))
                await editor.FillAsync($"commitments[{i}].resolutions", string.Join(", ", rs.EnumerateArray().Select(r => r.GetString())));
        }

        await editor.SaveAsync();
        await Page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(new Uri(url).AbsolutePath, @"^/agreements/\d+$"));
        await Artifacts.ScreenshotAsync(Page, "editor-recorded-reference");

        // Found through the list filters: text, body (a party) and the signing year.
        await GoAsync(Page, "/agreements?q=Joint%20Position&body=CSTO%20Secretariat&from=2022&to=2022");
        var row = Page.Locator("main table tbody tr").Filter(new() { HasText = "REG-2022-0001" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Link).First.ClickAsync();
        await Page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/agreements/", StringComparison.Ordinal));

        var main = Page.Locator("main");
        foreach (var expected in new[] { "REG-2022-0001", "16 February 2022", "Moscow", "Joint position", "S/RES/2354 (2017)", "A/RES/60/288" })
            await Assertions.Expect(main).ToContainTextAsync(expected);
        foreach (var (abbreviation, _) in Bodies) await Assertions.Expect(main).ToContainTextAsync(abbreviation);
        foreach (var s in signatories)
        {
            var person = s.GetProperty("person").GetString()!;
            await Assertions.Expect(main).ToContainTextAsync(person);
            await Assertions.Expect(main).ToContainTextAsync(ReferenceSample.PositionOf(person));
        }
        foreach (var c in commitments) await Assertions.Expect(main).ToContainTextAsync(c.GetProperty("text").GetString()!);

        // And the API agrees, field by field, with the sample it was typed from.
        using var api = await Site.ApiAsync(RegistrySite.AnalystEmail);
        var list = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/agreements?q=Joint%20Position");
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt32();
        var saved = await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/agreements/{id}");
        Assert.Equal(7, saved.GetProperty("commitments").GetArrayLength());
        Assert.Equal(3, saved.GetProperty("signatories").GetArrayLength());
        Assert.Equal(["S/RES/2354 (2017)", "A/RES/60/288"], saved.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("symbol").GetString()));
        Assert.Equal("2022-02-16", saved.GetProperty("signedOn").GetString());
        Assert.Equal("joint-position", saved.GetProperty("kind").GetString());
    }
}
