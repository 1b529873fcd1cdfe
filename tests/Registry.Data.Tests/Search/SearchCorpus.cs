using Registry.Data.Generation;
using Registry.Data.Samples;
using Registry.Data.Search;
using Registry.Data.Search.Facts;

namespace Registry.Data.Tests.Search;

/// <summary>The reference record plus 150 generated ones (seed 11, a third of them in Russian) on one provider.</summary>
internal static class SearchCorpus
{
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await using (var db = test.Context("loader"))
            await new SampleLoader(db, TimeProvider.System).LoadFileAsync(SampleFile.Path);
        await new AgreementGenerator(test.Settings) { BatchSize = 50 }.GenerateAsync(150, seed: 11);
        return test;
    }

    public static async Task<SearchResult<CommitmentHit>> CommitmentsAsync(TestDatabase test, SearchRequest request,
        SearchFactsCache? cache = null)
    {
        await using var db = test.Context();
        return await new CommitmentSearch(db, cache ?? new SearchFactsCache()).SearchAsync(request);
    }
}
