using Registry.Domain.Agreements;
using static Registry.Domain.Tests.Agreements.AgreementBuilder;

namespace Registry.Domain.Tests.Agreements;

public class ParticipantActionRulesTests
{
    private static ActionInput Act(string date, string? depositedOn = null) =>
        new(ParticipantActionType.Signature, D(date)!.Value, D(depositedOn), null);

    private static AgreementContent WithAction(ActionInput action, DateOnly? adoptedOn = null)
    {
        var content = WithFacts(f => f with { AdoptedOn = adoptedOn });
        return content with { Parties = [Party(ScoRats, action), Party(CisAtc), Party(CstoSecretariat)] };
    }

    [Fact]
    public void Action_on_or_after_adoption_is_recorded()
    {
        var agreement = Create(WithAction(Act("2022-02-16", "2022-03-01")));

        var action = Assert.Single(agreement.Actions);
        Assert.Equal(ScoRats, action.BodyId);
        Assert.Equal(new DateOnly(2022, 3, 1), action.DepositedOn);
    }

    [Fact]
    public void Action_before_adoption_fails()
    {
        DomainAssert.Fails(() => Create(WithAction(Act("2022-02-15"))), "parties[0].actions[0].date", "before the document was adopted");
    }

    [Fact]
    public void Adoption_is_adoptedOn_before_signedOn()
    {
        var content = WithAction(Act("2021-12-01"), adoptedOn: new DateOnly(2021, 11, 1));

        var agreement = Create(content);

        Assert.Equal(new DateOnly(2021, 11, 1), agreement.Adoption);
        Assert.Single(agreement.Actions);
    }

    [Fact]
    public void Adoption_falls_back_to_openedForSignatureOn()
    {
        var content = WithFacts(f => f with { OpenedForSignatureOn = new DateOnly(2022, 1, 10) });
        var bad = content with { Parties = [Party(ScoRats, Act("2022-01-09")), Party(CisAtc), Party(CstoSecretariat)] };

        Assert.Equal(new DateOnly(2022, 1, 10), Create(content).Adoption);
        DomainAssert.Fails(() => Create(bad), "parties[0].actions[0].date", "2022-01-10");
    }

    [Fact]
    public void Action_in_the_future_fails()
    {
        DomainAssert.Fails(() => Create(WithAction(Act("2026-11-29"))), "parties[0].actions[0].date", "in the future");
    }

    [Fact]
    public void Deposit_before_the_act_fails()
    {
        DomainAssert.Fails(() => Create(WithAction(Act("2022-03-01", "2022-02-28"))),
            "parties[0].actions[0].depositedOn", "cannot be before");
    }

    [Fact]
    public void Deposit_in_the_future_fails()
    {
        DomainAssert.Fails(() => Create(WithAction(Act("2022-03-01", "2026-11-29"))),
            "parties[0].actions[0].depositedOn", "in the future");
    }

    [Fact]
    public void AddParticipantAction_for_a_party_is_recorded_and_bumps_version()
    {
        var agreement = Create();

        var action = agreement.AddParticipantAction(CisAtc, Act("2022-05-01"), Today);

        Assert.Equal(CisAtc, action.BodyId);
        Assert.Contains(action, agreement.Actions);
        Assert.Equal(2, agreement.Version);
    }

    [Fact]
    public void AddParticipantAction_for_a_non_party_fails()
    {
        var agreement = Create();

        DomainAssert.Fails(() => agreement.AddParticipantAction(NotAParty, Act("2022-05-01"), Today), "body", "only for a party");
        Assert.Empty(agreement.Actions);
    }

    [Fact]
    public void AddParticipantAction_before_adoption_fails()
    {
        var agreement = Create();

        DomainAssert.Fails(() => agreement.AddParticipantAction(CisAtc, Act("2022-02-01"), Today), "action.date", "adopted");
    }
}
