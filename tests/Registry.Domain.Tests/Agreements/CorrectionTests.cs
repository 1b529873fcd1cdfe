using Registry.Domain.Agreements;
using static Registry.Domain.Tests.Agreements.AgreementBuilder;

namespace Registry.Domain.Tests.Agreements;

public class CorrectionTests
{
    private static readonly AgreementContent Retitled = WithFacts(f => f with { Title = "Joint Position (corrected title)" });

    [Theory]
    [InlineData(AgreementStatus.Draft)]
    [InlineData(AgreementStatus.OpenForSignature)]
    public void Revising_an_unsigned_record_needs_no_reason(AgreementStatus status)
    {
        var agreement = Create(status: status);

        agreement.Revise(Reference, status, Retitled, Today, null);

        Assert.Equal("Joint Position (corrected title)", agreement.Title);
        Assert.Equal(2, agreement.Version);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Revising_a_signed_record_without_a_reason_fails(string? reason)
    {
        var agreement = Create();

        DomainAssert.Fails(() => agreement.Revise(Reference, AgreementStatus.Signed, Retitled, Today, reason),
            "correctionReason", "needs a reason");
        Assert.Equal(Title, agreement.Title);
        Assert.Equal(1, agreement.Version);
    }

    [Fact]
    public void Revising_a_signed_record_with_a_reason_succeeds_and_bumps_version()
    {
        var agreement = Create();

        agreement.Revise(Reference, AgreementStatus.Signed, Retitled, Today, "Title copied wrongly from the news page");

        Assert.Equal("Joint Position (corrected title)", agreement.Title);
        Assert.Equal(2, agreement.Version);
    }

    [Fact]
    public void Overlong_reason_fails()
    {
        var agreement = Create();

        DomainAssert.Fails(() => agreement.Revise(Reference, AgreementStatus.Signed, Retitled, Today, new string('r', 4001)),
            "correctionReason", "at most 4000");
    }

    [Fact]
    public void Revise_can_change_the_reference_number_and_its_key()
    {
        var agreement = Create(status: AgreementStatus.Draft);

        agreement.Revise("  csto-jp-7 ", AgreementStatus.Draft, JointPosition(), Today, null);

        Assert.Equal("csto-jp-7", agreement.ReferenceNumber);
        Assert.Equal("CSTO-JP-7", agreement.ReferenceKey);
    }
}
