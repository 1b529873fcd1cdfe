using Registry.Domain.Agreements;
using static Registry.Domain.Tests.Agreements.AgreementBuilder;

namespace Registry.Domain.Tests.Agreements;

public class SignatoryRulesTests
{
    [Fact]
    public void Signatories_who_represent_parties_are_recorded_with_the_signing_date()
    {
        var agreement = Create();

        Assert.Equal([ScoRats, CisAtc, CstoSecretariat], agreement.Signatories.Select(s => s.BodyId));
        Assert.All(agreement.Signatories, s => Assert.Equal(SignedOn, s.SignedOn));
        Assert.Equal("Secretary General of the CSTO", agreement.Signatories[2].Position);
    }

    [Fact]
    public void Signatory_of_a_body_that_is_not_a_party_fails()
    {
        var content = JointPosition() with { Signatories = [new SignatoryInput(Zas, NotAParty, null, null)] };

        DomainAssert.Fails(() => Create(content), "signatories[0].body", "represents a party");
    }

    [Fact]
    public void Signatory_who_signed_before_adoption_fails()
    {
        var content = JointPosition() with { Signatories = [new SignatoryInput(Zas, CstoSecretariat, null, SignedOn.AddDays(-1))] };

        DomainAssert.Fails(() => Create(content), "signatories[0].signedOn", "before the document was adopted");
    }

    [Fact]
    public void Signatory_who_signs_in_the_future_fails()
    {
        var content = JointPosition() with { Signatories = [new SignatoryInput(Zas, CstoSecretariat, null, Today.AddDays(1))] };

        DomainAssert.Fails(() => Create(content), "signatories[0].signedOn", "in the future");
    }
}
