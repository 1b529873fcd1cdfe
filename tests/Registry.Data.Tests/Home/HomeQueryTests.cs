using Registry.Data.Agreements;
using Registry.Data.Bodies;
using Registry.Data.Home;
using Registry.Data.Tests.Agreements;
using Registry.Domain.Agreements;
using Registry.Domain.Bodies;

namespace Registry.Data.Tests.Home;

public sealed class HomeQueryTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_chart_counts_an_agreement_once_per_top_level_body_and_the_rest_as_other(DatabaseProvider provider)
    {
        var (test, _) = await Fixture.WithSampleAsync(provider);   // 2022: SCO RATS, CIS ATC, CSTO Secretariat
        await using var __ = test;
        await using (var db = test.Context())
        {
            await new BodyCatalogue(db).SaveAsync(null, new BodyDto { Name = "Republic of Kazakhstan", Abbreviation = "Kazakhstan", Kind = BodyKind.State, CountryCode = "KZ" });
            var writer = new AgreementWriter(db, TimeProvider.System);
            await writer.CreateAsync(Signed("T-1", 2020, "SCO", "SCO RATS"));          // two SCO bodies: one SCO agreement
            await writer.CreateAsync(Signed("T-2", 2020, "SCO RATS", "Kazakhstan"));
            await writer.CreateAsync(Signed("T-3", 2018, "Kazakhstan"));
            await writer.CreateAsync(Signed("T-4", null, "CIS"));                        // undated: not on the chart
        }
        await using var read = test.Context();

        var chart = await new AgreementsPerYear(read).GetAsync(top: 2);
        Assert.Equal([2018, 2019, 2020, 2021, 2022], chart.Years);
        Assert.Equal(["SCO", "Kazakhstan"], chart.Series.Select(s => s.Body?.Abbreviation));   // no "other" left
        Assert.Equal([0, 0, 2, 0, 1], chart.Series[0].Counts);
        Assert.Equal([1, 0, 1, 0, 0], chart.Series[1].Counts);

        var one = await new AgreementsPerYear(read).GetAsync(top: 1);
        Assert.Equal(["SCO", null], one.Series.Select(s => s.Body?.Abbreviation));
        Assert.Equal([1, 0, 0, 0, 0], one.Series[1].Counts);                  // T-3: none of its parties is below the SCO

        var all = await new AgreementsPerYear(read).GetAsync(top: 5);
        Assert.Equal(["SCO", "Kazakhstan", "CIS", "CSTO"], all.Series.Select(s => s.Body?.Abbreviation));
        Assert.Equal([0, 0, 0, 0, 1], all.Series[2].Counts);

        var totals = await new RegistryCounts(read).GetAsync();
        Assert.Equal(new RegistryTotals(5, 7, 4, 10, 7), totals);
        Assert.Equal(["T-4", "T-3", "T-2"], (await new LatestAgreements(read).GetAsync(3)).Select(a => a.ReferenceNumber));
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_chart_is_counted_again_after_a_save(DatabaseProvider provider)
    {
        var (test, _) = await Fixture.WithSampleAsync(provider);
        await using var __ = test;
        await using (var db = test.Context())
            Assert.Equal([1], (await new AgreementsPerYear(db).GetAsync()).Series.Single(s => s.Body?.Abbreviation == "CIS").Counts);
        await using (var db = test.Context())
            await new AgreementWriter(db, TimeProvider.System).CreateAsync(Signed("T-5", 2022, "CIS ATC"));
        await using (var db = test.Context())
            Assert.Equal([2], (await new AgreementsPerYear(db).GetAsync()).Series.Single(s => s.Body?.Abbreviation == "CIS").Counts);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_empty_registry_has_an_empty_chart(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using var db = test.Context();
        var chart = await new AgreementsPerYear(db).GetAsync();
        Assert.Empty(chart.Years);
        Assert.Empty(chart.Series);
        Assert.Equal(new RegistryTotals(0, 0, 0, 0, 0), await new RegistryCounts(db).GetAsync());
    }

    private static AgreementDto Signed(string reference, int? year, params string[] bodies) => new()
    {
        ReferenceNumber = reference, Title = $"Joint statement {reference}", Kind = AgreementKind.JointStatement,
        Status = year is null ? AgreementStatus.Draft : AgreementStatus.Signed,
        SignedOn = year is { } y ? new DateOnly(y, 3, 1) : null,
        Parties = [.. bodies.Select(b => new PartyDto { Body = b })],
    };
}
