using Registry.Domain.Bodies;

namespace Registry.Domain.Tests.Bodies;

public class SignatoryBodyTests
{
    private static SignatoryBody Rats() =>
        SignatoryBody.Create("Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization", "SCO RATS",
            BodyKind.OrganOfOrganization)
        .Update("Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization", "SCO RATS",
            "Региональная антитеррористическая структура ШОС", "上海合作组织地区反恐怖机构",
            ["RATS SCO", "Regional Anti-Terrorist Structure of the SCO"], BodyKind.OrganOfOrganization, null, null);

    [Theory]
    [InlineData("SCO RATS")]
    [InlineData("RATS SCO")]
    [InlineData("rats sco")]
    [InlineData("  Regional Anti-Terrorist Structure of the SCO ")]
    [InlineData("региональная антитеррористическая структура шос")]
    public void Body_is_named_by_its_abbreviation_names_and_aliases_ignoring_case(string text)
    {
        Assert.True(Rats().IsNamedBy(text));
    }

    [Theory]
    [InlineData("CIS ATC")]
    [InlineData("RATS")]
    public void Body_is_not_named_by_another_name(string text)
    {
        Assert.False(Rats().IsNamedBy(text));
    }

    [Fact]
    public void State_with_a_country_code_is_accepted_upper_cased()
    {
        var body = SignatoryBody.Create("Republic of Kazakhstan", "Kazakhstan", BodyKind.GovernmentAgency)
            .Update("Republic of Kazakhstan", "Kazakhstan", null, null, [], BodyKind.State, null, "kz");

        Assert.Equal("KZ", body.CountryCode);
        Assert.Equal(BodyKind.State, body.Kind);
    }

    [Fact]
    public void State_without_a_country_code_fails()
    {
        var body = SignatoryBody.Create("Republic of Kazakhstan", "Kazakhstan", BodyKind.GovernmentAgency);

        DomainAssert.Fails(() => body.Update("Republic of Kazakhstan", "Kazakhstan", null, null, [], BodyKind.State, null, null),
            "countryCode", "ISO 3166 country code");
    }

    [Fact]
    public void Country_code_longer_than_three_letters_fails()
    {
        var body = SignatoryBody.Create("Republic of Kazakhstan", "Kazakhstan", BodyKind.GovernmentAgency);

        DomainAssert.Fails(() => body.Update("Republic of Kazakhstan", "Kazakhstan", null, null, [], BodyKind.State, null, "KAZAK"),
            "countryCode", "at most 3");
    }

    [Fact]
    public void A_state_can_be_created_with_its_country_code()
    {
        var body = SignatoryBody.Create("Republic of Kazakhstan", "Kazakhstan", BodyKind.State, "kz");

        Assert.Equal((BodyKind.State, "KZ"), (body.Kind, body.CountryCode));
        DomainAssert.Fails(() => SignatoryBody.Create("Republic of Kazakhstan", "Kazakhstan", BodyKind.State), "countryCode", "country code");
    }

    [Fact]
    public void Body_needs_name_and_abbreviation()
    {
        DomainAssert.Fails(() => SignatoryBody.Create("", "CIS ATC", BodyKind.OrganOfOrganization), "name", "required");
        DomainAssert.Fails(() => SignatoryBody.Create("Anti-Terrorist Center of the CIS", " ", BodyKind.OrganOfOrganization),
            "abbreviation", "required");
    }
}
