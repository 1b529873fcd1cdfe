using System.Net;
using System.Net.Http.Json;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Api;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Search;

/// <summary>/api/search/saved: each user sees and deletes only their own searches, and bad input names its field.</summary>
public sealed class SavedSearchApiTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Only_the_owner_sees_and_deletes_a_saved_search(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();
        using var editor = await app.EditorAsync();

        var created = await analyst.PostAsJsonAsync("/api/search/saved", new { name = "Internet", query = "?what=commitments&q=Internet&body=SCO" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = await created.ReadJsonAsync();
        var id = saved.GetProperty("id").GetInt32();
        Assert.Equal("what=commitments&q=Internet&body=SCO", saved.GetProperty("query").GetString());

        var mine = await (await analyst.GetAsync("/api/search/saved")).ReadJsonAsync();
        Assert.Equal("Internet", Assert.Single(mine.EnumerateArray()).GetProperty("name").GetString());
        Assert.Empty((await (await editor.GetAsync("/api/search/saved")).ReadJsonAsync()).EnumerateArray());

        Assert.Equal(HttpStatusCode.NotFound, (await editor.DeleteAsync($"/api/search/saved/{id}")).StatusCode);
        Assert.Single((await (await analyst.GetAsync("/api/search/saved")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(HttpStatusCode.NoContent, (await analyst.DeleteAsync($"/api/search/saved/{id}")).StatusCode);
        Assert.Empty((await (await analyst.GetAsync("/api/search/saved")).ReadJsonAsync()).EnumerateArray());
        Assert.Equal(HttpStatusCode.Unauthorized, (await (await app.ClientAsync(null)).GetAsync("/api/search/saved")).StatusCode);
    }

    private static readonly (string? Name, string? Query, string Field)[] Bad =
    [
        (null, "q=Internet", "name"),
        (new string('n', 201), "q=Internet", "name"),
        ("Empty", "", "query"),
        ("Fragment", "q=Internet#top", "query"),
        ("Quote", "q=%22unbalanced", "query"),
        ("Date", "q=Internet&from=yesterday", "query"),
        ("What", "what=treaties&q=Internet", "query"),
    ];

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Bad_input_is_refused_naming_the_field(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();

        foreach (var (name, query, field) in Bad)
            await BadInputTests.AssertRefused(await analyst.PostAsJsonAsync("/api/search/saved", new { name, query }), HttpStatusCode.BadRequest, field);
        await BadInputTests.AssertRefused(await analyst.PostAsync("/api/search/saved", JsonContent.Create<object?>(null)), HttpStatusCode.BadRequest, "body");

        Assert.Empty((await (await analyst.GetAsync("/api/search/saved")).ReadJsonAsync()).EnumerateArray());
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_second_search_of_the_same_name_clashes(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();
        using var editor = await app.EditorAsync();

        (await analyst.PostAsJsonAsync("/api/search/saved", new { name = "Mine", query = "q=Internet" })).EnsureSuccessStatusCode();
        await BadInputTests.AssertRefused(await analyst.PostAsJsonAsync("/api/search/saved", new { name = "Mine", query = "q=terrorism" }),
            HttpStatusCode.Conflict, "name");
        // Another user may use the same name.
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/search/saved", new { name = "Mine", query = "q=terrorism" })).StatusCode);
    }
}
