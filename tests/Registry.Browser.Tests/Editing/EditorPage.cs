namespace Registry.Browser.Tests.Editing;

/// <summary>The agreement editor as a test drives it: inputs by their field path, as the domain names them.</summary>
public sealed class EditorPage(IPage page)
{
    public IPage Page { get; } = page;

    /// <summary>The editor is interactive: wait until its circuit is live before typing.</summary>
    public async Task OpenAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        Assert.True(response is { Ok: true }, $"GET {path} answered {response?.Status}.");
        await Page.Locator("form[data-ready=true]").WaitForAsync();
    }

    /// <summary>"parties[0].body" → "#f-parties-0-body", the id the editor gives that field's input.</summary>
    public static string Id(string field) =>
        "#f-" + new string([.. field.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-').Replace("--", "-");

    public ILocator Field(string field) => Page.Locator(Id(field));
    public ILocator ErrorOf(string field) => Page.Locator(Id(field) + "-error");

    public Task FillAsync(string field, string value) => Field(field).FillAsync(value);
    public Task SelectAsync(string field, string value) => Field(field).SelectOptionAsync(value);
    public Task ClickAsync(string button) => Page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    public async Task SaveAsync() => await ClickAsync("Save");
}
