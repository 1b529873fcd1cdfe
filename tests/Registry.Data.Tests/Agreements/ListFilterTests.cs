using Registry.Data.Search.Facts;
using Registry.Data.Agreements;
using Registry.Domain.Common;

namespace Registry.Data.Tests.Agreements;

public sealed class ListFilterTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Filters_find_the_reference_record_by_parent_body_citation_form_years_and_text(DatabaseProvider provider)
    {
        var (test, _) = await Fixture.WithSampleAsync(provider);
        await using var __ = test;
        await using var db = test.Context();
        var list = new AgreementList(db, new SearchFactsCache());

        async Task<int> Count(AgreementFilter f) => (await list.QueryAsync(f)).Total;
        Assert.Equal(1, await Count(new() { Body = "SCO" }));                 // parent includes its organ SCO RATS
        Assert.Equal(1, await Count(new() { Body = "RATS SCO" }));            // an alias
        Assert.Equal(1, await Count(new() { Resolution = "resolution 2354 (2017)" }));
        Assert.Equal(1, await Count(new() { Resolution = "the UN Global Counter-Terrorism Strategy" }));
        Assert.Equal(0, await Count(new() { Resolution = "S/RES/1373 (2001)" }));
        Assert.Equal(1, await Count(new() { From = new(2022, 1, 1), To = new(2022, 12, 31) }));
        Assert.Equal(0, await Count(new() { From = new(2023, 1, 1) }));
        Assert.Equal(1, await Count(new() { Q = "JOINT position" }));
        Assert.Equal(1, await Count(new() { Q = "reg-2022" }));
        Assert.Equal(0, await Count(new() { Q = "convention" }));

        var page = await list.QueryAsync(new() { Body = "CSTO", From = new(2020, 1, 1), To = new(2024, 12, 31), Resolution = "S/RES/2354 (2017)" });
        Assert.Equal(["SCO RATS", "CIS ATC", "CSTO Secretariat"], page.Items.Single().Bodies);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_garbage_resolution_filter_names_the_field(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var db = test.Context();
        var e = await Assert.ThrowsAsync<DomainException>(() => new AgreementList(db, new SearchFactsCache()).QueryAsync(new() { Resolution = "hello" }));
        Assert.Equal("resolution", e.Field);
        Assert.Contains("Accepted forms", e.Message);
    }
}
