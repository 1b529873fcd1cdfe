using Registry.Domain.Agreements;
using static Registry.Domain.Tests.Agreements.AgreementBuilder;

namespace Registry.Domain.Tests.Agreements;

public class AgreementDateRulesTests
{
    private static AgreementContent Dated(string? adopted, string? opened, string? signed, string? inForce, string? terminated) =>
        WithFacts(f => f with
        {
            Kind = AgreementKind.Convention,
            AdoptedOn = D(adopted), OpenedForSignatureOn = D(opened), SignedOn = D(signed),
            EntryIntoForceOn = D(inForce), TerminatedOn = D(terminated),
        });

    [Fact]
    public void Reference_joint_position_is_accepted()
    {
        var agreement = Create();

        Assert.Equal(SignedOn, agreement.SignedOn);
        Assert.Equal(AgreementStatus.Signed, agreement.Status);
        Assert.Equal(AgreementKind.JointPosition, agreement.Kind);
        Assert.Equal(3, agreement.Parties.Count);
        Assert.Equal(3, agreement.Signatories.Count);
        Assert.Equal(7, agreement.Commitments.Count);
        Assert.Equal(1, agreement.Version);
        Assert.Equal(SignedOn, agreement.Adoption);
    }

    [Theory]
    [InlineData("2021-06-01", "2021-09-01", "2022-02-16", "2023-01-01", "2025-01-01")]
    [InlineData("2022-02-16", "2022-02-16", "2022-02-16", "2022-02-16", "2022-02-16")]
    [InlineData(null, null, "2022-02-16", null, "2025-01-01")]
    public void Dates_in_order_are_accepted(string? adopted, string? opened, string? signed, string? inForce, string? terminated)
    {
        var agreement = Create(Dated(adopted, opened, signed, inForce, terminated), AgreementStatus.Draft);

        Assert.Equal(D(terminated), agreement.TerminatedOn);
    }

    [Theory]
    [InlineData("2022-03-01", null, "2022-02-16", null, null, "signedOn")]
    [InlineData("2021-06-01", "2021-05-01", null, null, null, "openedForSignatureOn")]
    [InlineData(null, "2022-03-01", "2022-02-16", null, null, "signedOn")]
    [InlineData(null, null, "2022-02-16", "2022-02-15", null, "entryIntoForceOn")]
    [InlineData(null, null, "2022-02-16", "2023-01-01", "2022-12-31", "terminatedOn")]
    [InlineData("2023-01-01", null, null, "2022-01-01", null, "entryIntoForceOn")]
    public void Dates_out_of_order_name_the_later_field(string? adopted, string? opened, string? signed, string? inForce,
        string? terminated, string field)
    {
        DomainAssert.Fails(() => Create(Dated(adopted, opened, signed, inForce, terminated), AgreementStatus.Draft),
            field, "cannot be before");
    }

    [Fact]
    public void Adopted_in_the_future_fails()
    {
        var content = WithFacts(f => f with { AdoptedOn = Today.AddDays(1), SignedOn = null });

        DomainAssert.Fails(() => Create(content, AgreementStatus.Draft), "adoptedOn", "in the future");
    }

    [Fact]
    public void Signed_in_the_future_fails_but_signed_today_passes()
    {
        var today = WithFacts(f => f with { SignedOn = Today });
        var tomorrow = WithFacts(f => f with { SignedOn = Today.AddDays(1) });

        Assert.Equal(Today, Create(today).SignedOn);
        DomainAssert.Fails(() => Create(tomorrow), "signedOn", "in the future");
    }

    [Fact]
    public void Today_argument_decides_what_is_future()
    {
        var content = WithFacts(f => f with { SignedOn = new DateOnly(2030, 1, 1) });

        var agreement = Agreement.Create(Reference, AgreementStatus.Signed, content, new DateOnly(2030, 1, 1));

        Assert.Equal(new DateOnly(2030, 1, 1), agreement.SignedOn);
        DomainAssert.Fails(() => Create(content), "signedOn", "2030-01-01");
    }
}
