using System.Diagnostics;
using Registry.Data.Database;
using Registry.Data.Search.Facts;

namespace Registry.Web.Search;

/// <summary>
/// Reads the search facts into memory as soon as the app has started, so the first analyst's search does not wait for
/// them (10 s at 100,000 agreements). If it fails, it logs why, and the first search reads them itself.
/// </summary>
internal sealed class SearchWarmUp(IServiceScopeFactory scopes, SearchFactsCache cache, ILogger<SearchWarmUp> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        try
        {
            var start = Stopwatch.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var facts = await cache.GetAsync(scope.ServiceProvider.GetRequiredService<RegistryDbContext>(), ct);
            log.LogInformation("Search facts read for {Commitments} commitments in {Seconds:N1} s",
                facts.Commitments.Count, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { }
        catch (Exception e)
        {
            log.LogWarning(e, "Search facts were not read at start; the first search will read them");
        }
    }
}
