using Registry.Data.Agreements;
using Registry.Data.Resolutions;
using Registry.Domain.Common;
using Registry.Web.Agreements;
using Registry.Web.Dossiers.Composition;

namespace Registry.Web.Dossiers.Printing;

/// <summary>
/// Reads what a dossier prints through the data-layer services, each call in a scope of its own: the printer runs
/// in background jobs and must not hold on to a request's DbContext.
/// </summary>
public sealed class DossierSource(IServiceScopeFactory scopes)
{
    public async Task<RecordDossier> RecordAsync(int id, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await LoadAsync(scope.ServiceProvider, id, await ResolutionsAsync(scope.ServiceProvider, ct), ct);
    }

    /// <summary>The ids a filter selects, in the list's order; more than <paramref name="max"/> is refused.</summary>
    public async Task<IReadOnlyList<int>> IdsAsync(AgreementFilter filter, int max, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var list = scope.ServiceProvider.GetRequiredService<AgreementList>();
        var ids = new List<int>();
        for (var page = 1; ; page++)
        {
            var result = await list.QueryAsync(filter with { Page = page, PageSize = AgreementList.MaxPageSize }, ct);
            if (result.Total > max)
                throw new DomainException("filter",
                    $"The filter selects {result.Total:N0} agreements; a set dossier holds at most {max:N0}. Narrow the filter.");
            ids.AddRange(result.Items.Select(i => i.Id));
            // A short page ends it, not the total: counted over the in-memory facts, that can trail a save by a moment.
            if (result.Items.Count < AgreementList.MaxPageSize) break;
        }
        return [.. ids.Distinct()];
    }

    public async Task<IReadOnlyList<RecordDossier>> RecordsAsync(IReadOnlyList<int> ids, Action<int>? loaded, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var resolutions = await ResolutionsAsync(scope.ServiceProvider, ct);
        var records = new List<RecordDossier>(ids.Count);
        foreach (var id in ids)
        {
            records.Add(await LoadAsync(scope.ServiceProvider, id, resolutions, ct));
            loaded?.Invoke(records.Count);
        }
        return records;
    }

    private static async Task<RecordDossier> LoadAsync(IServiceProvider services, int id,
        IReadOnlyDictionary<int, ResolutionDto> resolutions, CancellationToken ct)
    {
        var record = await services.GetRequiredService<AgreementReader>().GetAsync(id, ct);
        var history = await services.GetRequiredService<AgreementHistory>().ForAgreementAsync(id, ct);
        return new RecordDossier(record, history, resolutions);
    }

    private static async Task<IReadOnlyDictionary<int, ResolutionDto>> ResolutionsAsync(IServiceProvider services, CancellationToken ct) =>
        (await services.GetRequiredService<ResolutionCatalogue>().ListAsync(ct)).ToDictionary(r => r.Id);
}
