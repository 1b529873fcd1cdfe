using Registry.Domain.Agreements;
using static Registry.Domain.Tests.Agreements.AgreementBuilder;

namespace Registry.Domain.Tests.Agreements;

public class StatusTransitionTests
{
    /// <summary>A convention with every date in the past, so only the legality of the change is tested.</summary>
    private static Agreement FullyDated(AgreementStatus status) => Create(WithFacts(f => f with
    {
        Kind = AgreementKind.Convention,
        SignedOn = SignedOn, EntryIntoForceOn = new DateOnly(2023, 1, 1), TerminatedOn = new DateOnly(2025, 1, 1),
    }), status);

    public static TheoryData<string, string> Legal()
    {
        var data = new TheoryData<string, string>();
        foreach (var from in Enum.GetValues<AgreementStatus>())
            foreach (var to in AgreementStatuses.NextFrom(from))
                data.Add(from.ToString(), to.ToString());
        return data;
    }

    [Theory]
    [MemberData(nameof(Legal))]
    public void Every_legal_transition_passes(string from, string to)
    {
        var agreement = FullyDated(Enum.Parse<AgreementStatus>(from));

        agreement.ChangeStatus(Enum.Parse<AgreementStatus>(to), Today);

        Assert.Equal(to, agreement.Status.ToString());
        Assert.Equal(2, agreement.Version);
    }

    [Theory]
    [InlineData(AgreementStatus.Terminated, AgreementStatus.InForce, "none: it is final")]
    [InlineData(AgreementStatus.Expired, AgreementStatus.Signed, "none: it is final")]
    [InlineData(AgreementStatus.Draft, AgreementStatus.InForce, "OpenForSignature, Signed")]
    [InlineData(AgreementStatus.InForce, AgreementStatus.Draft, "Suspended, Terminated, Expired")]
    [InlineData(AgreementStatus.Signed, AgreementStatus.OpenForSignature, "InForce, Terminated, Expired")]
    public void Illegal_transition_fails_naming_status(AgreementStatus from, AgreementStatus to, string allowed)
    {
        var agreement = FullyDated(from);

        var ex = DomainAssert.Fails(() => agreement.ChangeStatus(to, Today), "status", $"from {from} to {to}");
        Assert.Contains(allowed, ex.Message);
        Assert.Equal(from, agreement.Status);
    }

    [Fact]
    public void Illegal_transition_through_Revise_fails_naming_status()
    {
        var agreement = Create(status: AgreementStatus.Draft);

        DomainAssert.Fails(() => agreement.Revise(Reference, AgreementStatus.InForce, JointPosition(), Today, null),
            "status", "cannot change from Draft to InForce");
    }

    [Theory]
    [InlineData(AgreementKind.JointPosition)]
    [InlineData(AgreementKind.JointDeclaration)]
    [InlineData(AgreementKind.JointStatement)]
    public void Political_document_is_in_force_without_entryIntoForceOn(AgreementKind kind)
    {
        var agreement = Create(WithFacts(f => f with { Kind = kind }));

        agreement.ChangeStatus(AgreementStatus.InForce, Today);

        Assert.Equal(AgreementStatus.InForce, agreement.Status);
    }

    [Theory]
    [InlineData(AgreementKind.Treaty)]
    [InlineData(AgreementKind.Convention)]
    [InlineData(AgreementKind.MemorandumOfUnderstanding)]
    public void Binding_document_in_force_needs_entryIntoForceOn(AgreementKind kind)
    {
        var agreement = Create(WithFacts(f => f with { Kind = kind }));

        DomainAssert.Fails(() => agreement.ChangeStatus(AgreementStatus.InForce, Today), "entryIntoForceOn", "in force needs");
        Assert.Equal(AgreementStatus.Signed, agreement.Status);
    }

    [Fact]
    public void In_force_before_entryIntoForceOn_fails()
    {
        var content = WithFacts(f => f with { Kind = AgreementKind.Treaty, EntryIntoForceOn = Today.AddDays(1) });

        Assert.Equal(AgreementStatus.Signed, Create(content).Status);
        DomainAssert.Fails(() => Create(content, AgreementStatus.InForce), "entryIntoForceOn", "before its entryIntoForceOn");
    }

    [Theory]
    [InlineData(AgreementStatus.Terminated)]
    [InlineData(AgreementStatus.Expired)]
    public void Terminated_or_expired_needs_terminatedOn(AgreementStatus status)
    {
        var ended = WithFacts(f => f with { TerminatedOn = new DateOnly(2025, 1, 1) });

        Assert.Equal(status, Create(ended, status).Status);
        DomainAssert.Fails(() => Create(JointPosition(), status), "terminatedOn", "needs terminatedOn");
    }

    [Theory]
    [InlineData(AgreementStatus.Signed)]
    [InlineData(AgreementStatus.Suspended)]
    [InlineData(AgreementStatus.InForce)]
    public void Signed_statuses_need_signedOn(AgreementStatus status)
    {
        var unsigned = WithFacts(f => f with { SignedOn = null });

        DomainAssert.Fails(() => Create(unsigned, status), "signedOn", "needs signedOn");
    }

    [Fact]
    public void Treaty_in_force_may_lack_signedOn_when_entryIntoForceOn_is_known()
    {
        var content = WithFacts(f => f with { Kind = AgreementKind.Treaty, SignedOn = null, EntryIntoForceOn = SignedOn });

        Assert.Equal(AgreementStatus.InForce, Create(content, AgreementStatus.InForce).Status);
    }

    [Fact]
    public void Document_open_for_signature_can_expire_unsigned()
    {
        var content = WithFacts(f => f with
        {
            Kind = AgreementKind.Convention, SignedOn = null,
            OpenedForSignatureOn = new DateOnly(2022, 1, 1), TerminatedOn = new DateOnly(2023, 1, 1),
        });
        var agreement = Create(content, AgreementStatus.OpenForSignature);

        agreement.ChangeStatus(AgreementStatus.Expired, Today);

        Assert.Equal(AgreementStatus.Expired, agreement.Status);
    }
}
