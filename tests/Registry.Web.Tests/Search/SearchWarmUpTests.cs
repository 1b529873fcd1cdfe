using Microsoft.Extensions.DependencyInjection;
using Registry.Data.Database;
using Registry.Data.Search.Facts;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Search;

public sealed class SearchWarmUpTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_search_facts_are_read_at_start_before_any_search(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        var cache = app.Services.GetRequiredService<SearchFactsCache>();
        // Starting the app (users made, no search asked) is all it takes; the read runs in the background.
        for (var i = 0; i < 300 && !cache.IsLoaded; i++) await Task.Delay(100);
        Assert.True(cache.IsLoaded, "The facts were still unread 30 s after start.");
    }
}
