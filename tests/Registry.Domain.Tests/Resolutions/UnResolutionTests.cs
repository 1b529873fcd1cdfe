using Registry.Domain.Resolutions;

namespace Registry.Domain.Tests.Resolutions;

public class UnResolutionTests
{
    private static readonly DateOnly Adopted2354 = new(2017, 5, 24);

    [Fact]
    public void Security_Council_resolution_is_created_with_its_canonical_symbol()
    {
        var resolution = UnResolution.Create("S/RES/2354 (2017)", "Countering terrorist narratives", Adopted2354);

        Assert.Equal("S/RES/2354 (2017)", resolution.Symbol);
        Assert.Equal(UnOrgan.SecurityCouncil, resolution.Organ);
        Assert.Equal(2354, resolution.Number);
        Assert.Equal(2017, resolution.Year);
        Assert.Equal(Adopted2354, resolution.AdoptedOn);
    }

    [Fact]
    public void Symbol_without_year_is_completed_from_adoptedOn()
    {
        Assert.Equal("S/RES/2354 (2017)", UnResolution.Create("UNSC resolution 2354", null, Adopted2354).Symbol);
    }

    [Fact]
    public void Symbol_without_year_and_without_adoptedOn_fails()
    {
        DomainAssert.Fails(() => UnResolution.Create("UNSC resolution 2354", null, null), "symbol", "lacks the year");
    }

    [Fact]
    public void AdoptedOn_in_another_year_than_the_symbol_fails()
    {
        DomainAssert.Fails(() => UnResolution.Create("S/RES/2354 (2017)", null, new DateOnly(2018, 5, 24)),
            "adoptedOn", "not in 2017");
    }

    [Fact]
    public void General_Assembly_resolution_is_known_by_its_alias()
    {
        var strategy = UnResolution.Create("A/RES/60/288", "The United Nations Global Counter-Terrorism Strategy",
            new DateOnly(2006, 9, 8), ["UN Global Counter-Terrorism Strategy", "Global Strategy"]);

        Assert.Equal("A/RES/60/288", strategy.Symbol);
        Assert.True(strategy.IsKnownAs("the UN Global Counter-Terrorism Strategy"));
        Assert.True(strategy.IsKnownAs("UN GLOBAL COUNTER-TERRORISM STRATEGY."));
        Assert.True(strategy.IsKnownAs("the Global Strategy"));
        Assert.False(strategy.IsKnownAs("the UN Global Counter-Terrorism Strategy Review"));
    }

    [Fact]
    public void Garbage_symbol_fails()
    {
        Assert.Equal("symbol", Assert.Throws<Registry.Domain.Common.DomainException>(() => UnResolution.Create("hello", null, null)).Field);
    }
}
