using Registry.Data.Search.Facts;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Generation;
using Registry.Domain.Agreements;
using Registry.Domain.Common;

namespace Registry.Data.Tests.Agreements;

/// <summary>The list's totals and orders against the same filters and orders worked out in memory.</summary>
public sealed class ListSortAndCountTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Totals_and_pages_match_the_filters_worked_out_in_memory(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await new AgreementGenerator(test.Settings) { BatchSize = 50 }.GenerateAsync(150, seed: 11);
        await using var db = test.Context();
        var all = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Citations).ToListAsync();
        var bodies = await db.Bodies.AsNoTracking().ToListAsync();
        var resolutions = await db.Resolutions.AsNoTracking().ToListAsync();
        int Body(string abbreviation) => bodies.Single(b => b.Abbreviation == abbreviation).Id;
        int Resolution(string symbol) => resolutions.Single(r => r.Symbol == symbol).Id;
        // What the text filter reads of a record, folded to lower case.
        static string Titles(Agreement a) =>
            string.Join(" | ", new[] { a.ReferenceNumber, a.Title, a.ShortTitle, a.TitleRu, a.TitleZh }.OfType<string>()).ToLowerInvariant();
        int[] WithOrgans(string abbreviation)
        {
            var ids = new List<int> { Body(abbreviation) };
            for (var i = 0; i < ids.Count; i++) ids.AddRange(bodies.Where(b => b.ParentId == ids[i]).Select(b => b.Id));
            return [.. ids];
        }

        var cases = new (AgreementFilter Filter, Func<Agreement, bool> Expected)[]
        {
            (new() { Body = "CIS" }, a => a.Parties.Any(p => WithOrgans("CIS").Contains(p.BodyId))),
            (new() { Body = "Kazakhstan" }, a => a.Parties.Any(p => p.BodyId == Body("Kazakhstan"))),
            (new() { Resolution = "S/RES/1373 (2001)" }, a => a.Citations.Any(c => c.ResolutionId == Resolution("S/RES/1373 (2001)"))),
            (new() { Body = "CSTO", Resolution = "S/RES/1373 (2001)" },
                a => a.Parties.Any(p => WithOrgans("CSTO").Contains(p.BodyId)) && a.Citations.Any(c => c.ResolutionId == Resolution("S/RES/1373 (2001)"))),
            (new() { Body = "CIS", From = new(2000, 1, 1), To = new(2015, 12, 31), Resolution = "S/RES/1373 (2001)" },
                a => a.Parties.Any(p => WithOrgans("CIS").Contains(p.BodyId)) && a.SignedOn is { Year: >= 2000 and <= 2015 }
                    && a.Citations.Any(c => c.ResolutionId == Resolution("S/RES/1373 (2001)"))),
            (new() { Body = "SCO", From = new(2010, 1, 1) }, a => a.Parties.Any(p => WithOrgans("SCO").Contains(p.BodyId)) && a.SignedOn?.Year >= 2010),
            (new() { Resolution = "S/RES/1267 (1999)", Kind = AgreementKind.Agreement },
                a => a.Kind == AgreementKind.Agreement && a.Citations.Any(c => c.ResolutionId == Resolution("S/RES/1267 (1999)"))),
            (new() { Body = "Russia", Q = "terror" },
                a => a.Parties.Any(p => p.BodyId == Body("Russia")) && Titles(a).Contains("terror")),
            (new() { To = new(2009, 12, 31) }, a => a.SignedOn?.Year <= 2009),
            (new() { Status = AgreementStatus.InForce, Body = "CIS" }, a => a.Status == AgreementStatus.InForce && a.Parties.Any(p => WithOrgans("CIS").Contains(p.BodyId))),
            (new() { Q = "terror", Kind = AgreementKind.Agreement }, a => a.Kind == AgreementKind.Agreement && Titles(a).Contains("terror")),
        };
        // The total is counted in SQL until the facts are in memory, and over them after: both must agree.
        var loaded = new SearchFactsCache();
        await loaded.GetAsync(db);
        foreach (var list in new[] { new AgreementList(db, new SearchFactsCache()), new AgreementList(db, loaded) })
        foreach (var (filter, expected) in cases)
        {
            var matches = all.Where(expected).OrderByDescending(a => a.SignedOn).ThenByDescending(a => a.Id).Select(a => a.Id).ToList();
            Assert.InRange(matches.Count, 3, all.Count - 3);    // each case tells matches from the rest
            foreach (var sort in new[] { "signed-desc", "kind-asc" })
            {
                var page = await list.QueryAsync(filter with { Sort = sort, PageSize = 10, Page = 2 });
                Assert.Equal(matches.Count, page.Total);
                var order = sort == "signed-desc" ? matches
                    : [.. all.Where(expected).OrderBy(a => a.Kind.ToString(), StringComparer.Ordinal).ThenBy(a => a.Id).Select(a => a.Id)];
                Assert.Equal(order.Skip(10).Take(10), page.Items.Select(i => i.Id));
            }
        }
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_saved_record_counts_in_the_very_next_total_over_loaded_facts(DatabaseProvider provider)
    {
        var (test, sample) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        var cache = new SearchFactsCache();
        await using (var db = test.Context()) await cache.GetAsync(db);
        async Task<int> Total()
        {
            await using var db = test.Context();
            return (await new AgreementList(db, cache).QueryAsync(new() { Body = "CSTO" })).Total;
        }
        var before = await Total();
        await using (var write = test.Context("editor"))
            await new AgreementWriter(write, TimeProvider.System).CreateAsync(sample with { Id = 0, ReferenceNumber = "ZQX-9" });
        Assert.Equal(before + 1, await Total());
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Every_sort_orders_by_its_key_then_by_id_in_the_same_direction(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await new AgreementGenerator(test.Settings) { BatchSize = 50 }.GenerateAsync(90, seed: 12);
        await using var db = test.Context();
        var all = await db.Agreements.AsNoTracking().ToListAsync();
        var list = new AgreementList(db, new SearchFactsCache());
        // Titles are left to the test below: their order is the database's collation.
        var keys = new Dictionary<string, Func<Agreement, IComparable>>
        {
            ["signed"] = a => a.SignedOn ?? DateOnly.MinValue,
            ["reference"] = a => a.ReferenceKey,
            ["kind"] = a => a.Kind.ToString(),
            ["status"] = a => a.Status.ToString(),
        };
        Assert.Equal(AgreementList.Sorts.Count, (keys.Count + 1) * 2);
        foreach (var (key, of) in keys)
        foreach (var descending in new[] { false, true })
        {
            var sort = $"{key}-{(descending ? "desc" : "asc")}";
            var expected = (descending ? all.OrderByDescending(of, Comparer<IComparable>.Create(Compare)).ThenByDescending(a => a.Id)
                : all.OrderBy(of, Comparer<IComparable>.Create(Compare)).ThenBy(a => a.Id)).Select(a => a.Id).ToList();
            var actual = new List<int>();
            for (var page = 1; page <= 3; page++)
                actual.AddRange((await list.QueryAsync(new() { Sort = sort, Page = page, PageSize = 30 })).Items.Select(i => i.Id));
            Assert.True(expected.SequenceEqual(actual), $"{sort}: expected {string.Join(",", expected)} got {string.Join(",", actual)}");
        }
        async Task<IEnumerable<int>> Ids(AgreementFilter f) => (await list.QueryAsync(f)).Items.Select(i => i.Id);
        Assert.Equal(await Ids(new() { Sort = "signed-desc" }), await Ids(new()));
        Assert.Equal(await Ids(new() { Sort = "kind-desc" }), await Ids(new() { Sort = " Kind-DESC " }));
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Titles_sort_with_and_without_filters_and_ties_keep_the_id_order(DatabaseProvider provider)
    {
        var (test, sample) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        var titles = new[] { "Zqx Delta", "Zqx Alpha", "Zqx Delta", "Zqx Charlie", "Zqx Bravo" };
        var ids = new List<int>();
        for (var i = 0; i < titles.Length; i++)
        {
            await using var write = test.Context("editor");
            // The first three cite resolution 2354 (2017) like the sample; the others cite nothing.
            ids.Add((await new AgreementWriter(write, TimeProvider.System).CreateAsync(sample with
            {
                Id = 0, ReferenceNumber = $"ZQX-{i}", Title = titles[i], Citations = i < 3 ? sample.Citations : [],
                Commitments = [.. sample.Commitments!.Select(c => c with { Resolutions = [] })],
            })).Id);
        }
        await using var db = test.Context();
        var list = new AgreementList(db, new SearchFactsCache());
        async Task<IEnumerable<int>> Ids(AgreementFilter f) => (await list.QueryAsync(f)).Items.Select(i => i.Id);

        int[] ascending = [ids[1], ids[4], ids[3], ids[0], ids[2]];
        Assert.Equal(ascending, await Ids(new() { Q = "zqx", Sort = "title-asc" }));
        Assert.Equal(ascending.Reverse(), await Ids(new() { Q = "zqx", Sort = "title-desc" }));
        Assert.Equal([ids[1], ids[0], ids[2]], await Ids(new() { Q = "zqx", Body = "CSTO", Resolution = "S/RES/2354 (2017)", Sort = "title-asc" }));
        Assert.Equal([ids[0], ids[2]], await Ids(new() { Body = "SCO", Resolution = "S/RES/2354 (2017)", From = sample.SignedOn, Sort = "title-asc", Page = 2, PageSize = 2 }));
        // Unfiltered, the sample's "Joint Position …" comes before them.
        var last = (await Ids(new() { Sort = "title-asc", PageSize = 200 })).TakeLast(5);
        Assert.Equal(ascending, last);
        var first = await Ids(new() { Sort = "title-desc", PageSize = 5 });
        Assert.Equal(ascending.Reverse(), first);
    }

    [Theory]
    [InlineData("newest")]
    [InlineData("title")]
    [InlineData("signed-down")]
    [InlineData("-signed")]
    public async Task An_unknown_sort_names_the_field_and_the_accepted_values(string sort)
    {
        await using var test = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var db = test.Context();
        var e = await Assert.ThrowsAsync<DomainException>(() => new AgreementList(db, new SearchFactsCache()).QueryAsync(new() { Sort = sort }));
        Assert.Equal("sort", e.Field);
        Assert.Contains(sort, e.Message);
        Assert.All(AgreementList.Sorts, s => Assert.Contains(s, e.Message));
    }

    private static int Compare(IComparable? x, IComparable? y) =>
        x is string a && y is string b ? string.CompareOrdinal(a, b) : Comparer<IComparable>.Default.Compare(x!, y!);
}
