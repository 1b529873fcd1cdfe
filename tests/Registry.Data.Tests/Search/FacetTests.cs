using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Search;
using Registry.Data.Search.Index;

namespace Registry.Data.Tests.Search;

/// <summary>Facet counts against the same question asked with plain LINQ over the stored rows.</summary>
public sealed class FacetTests
{
    public static TheoryData<DatabaseProvider, string?, string?, string?, string?, string?> Cases()
    {
        var cases = new TheoryData<DatabaseProvider, string?, string?, string?, string?, string?>();
        foreach (var p in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
        {
            cases.Add(p, "financing", null, null, null, null);
            cases.Add(p, "terrorist", "top-body", null, null, null);
            cases.Add(p, "exchange", null, "agreement", "2010-01-01", null);
            cases.Add(p, null, null, null, null, "undertake");
        }
        return cases;
    }

    [Theory, MemberData(nameof(Cases))]
    public async Task Facets_count_what_a_plain_LINQ_filter_counts(DatabaseProvider provider, string? q, string? body,
        string? kind, string? from, string? modality)
    {
        await using var test = await SearchCorpus.CreateAsync(provider);
        await using var db = test.Context();
        var bodies = await db.Bodies.AsNoTracking().Select(b => new { b.Id, b.ParentId }).ToListAsync();
        // The top-level body with the most organs, to check that a parent stands for its organs.
        var top = bodies.Where(b => b.ParentId is null).MaxBy(b => bodies.Count(c => c.ParentId == b.Id))!.Id;
        var request = new SearchRequest
        {
            Q = q, Body = body is null ? [] : [top.ToString()], Kind = kind, Modality = modality,
            From = from is null ? null : DateOnly.Parse(from), PageSize = 5,
        };
        var found = await SearchCorpus.CommitmentsAsync(test, request);

        var family = new HashSet<int> { top };
        while (bodies.Where(b => b.ParentId is { } p && family.Contains(p) && !family.Contains(b.Id)).Select(b => b.Id).ToList() is { Count: > 0 } more)
            family.UnionWith(more);
        var agreements = await db.Agreements.AsNoTracking().ToDictionaryAsync(a => a.Id);
        var parties = (await db.Parties.AsNoTracking().ToListAsync()).ToLookup(p => p.AgreementId, p => p.BodyId);
        var symbols = await db.Resolutions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Symbol);
        var stem = q is null ? null : SearchAnalyzer.Stem(q);
        var expected = (await db.Commitments.AsNoTracking().ToListAsync())
            .Select(c => (C: c, A: agreements[c.AgreementId], Bound: c.BodyIds.Count > 0 ? c.BodyIds : parties[c.AgreementId].ToList()))
            .Where(x => stem is null || SearchAnalyzer.Stems($"{x.C.Text} {SearchIndexer.ModalityWords(x.C.Modality)} {string.Join(" ", x.C.Topics)}").Contains(stem))
            .Where(x => body is null || x.Bound.Any(family.Contains))
            .Where(x => kind is null || x.A.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase))
            .Where(x => from is null || x.A.SignedOn >= DateOnly.Parse(from))
            .Where(x => modality is null || x.C.Modality.ToString().Equals(modality, StringComparison.OrdinalIgnoreCase))
            .ToList();

        Assert.True(expected.Count > 5, $"the case should have hits: {expected.Count}");
        Assert.Equal(expected.Count, found.Total);
        Assert.Equal(Count(expected.SelectMany(x => x.Bound.Distinct()).Select(b => b.ToString())), Map(found.Facets.Bodies));
        Assert.Equal(Count(expected.Where(x => x.A.SignedOn is not null).Select(x => x.A.SignedOn!.Value.Year.ToString())), Map(found.Facets.Years));
        Assert.Equal(Count(expected.Select(x => Kebab(x.A.Kind.ToString()))), Map(found.Facets.Kinds));
        Assert.Equal(Count(expected.Select(x => Kebab(x.C.Modality.ToString()))), Map(found.Facets.Modalities));
        Assert.Equal(Count(expected.SelectMany(x => x.C.Topics.Distinct())), Map(found.Facets.Topics));
        Assert.Equal(Count(expected.SelectMany(x => x.C.ResolutionIds.Distinct()).Select(r => symbols[r])), Map(found.Facets.Resolutions));
    }

    private static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);

    private static SortedDictionary<string, int> Count(IEnumerable<string> keys) =>
        new(keys.GroupBy(k => k).ToDictionary(g => g.Key, g => g.Count()));

    private static SortedDictionary<string, int> Map(IReadOnlyList<FacetCount> facet) => new(facet.ToDictionary(f => f.Key, f => f.Count));
}
