using Registry.Data.Search;
using Registry.Domain.Common;

namespace Registry.Data.Tests.Search;

/// <summary>Random query strings reach the database engine: each either finds something or is refused for its field, never an SQL error.</summary>
public sealed class FuzzTests
{
    private static readonly string[] Pieces =
    [
        "terror", "ism", "финанс", "терроризм", "OR", "or", "-", "*", "\"", "'", ";", "--", "/*", "(", ")", ":", "NEAR", "AND",
        "NOT", "&", "|", "!", "<->", "\\", "%", "_", "the", "и", "2354", "S/RES", "{", "}", "^", "中国", " ", " ", " ", "\t",
    ];

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Ten_thousand_random_queries_give_hits_or_a_field_error(DatabaseProvider provider)
    {
        var (test, _) = await Agreements.Fixture.WithSampleAsync(provider);
        await using var __ = test;
        await using var db = test.Context();
        var search = new CommitmentSearch(db, new Registry.Data.Search.Facts.SearchFactsCache());
        var random = new Random(20261128);
        var (answered, refused) = (0, 0);
        for (var i = 0; i < 10_000; i++)
        {
            var q = string.Concat(Enumerable.Range(0, random.Next(1, 9)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            try
            {
                await search.SearchAsync(new SearchRequest { Q = q, PageSize = 1 });
                answered++;
            }
            catch (DomainException e)
            {
                Assert.True(e.Field == "q", $"{q}: {e.Field}");
                refused++;
            }
        }
        Assert.True(answered > 1_000 && refused > 1_000, $"{answered} answered, {refused} refused");
    }
}
