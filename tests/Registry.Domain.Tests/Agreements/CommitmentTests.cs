using Registry.Domain.Agreements;
using static Registry.Domain.Tests.Agreements.AgreementBuilder;

namespace Registry.Domain.Tests.Agreements;

public class CommitmentTests
{
    private const string Reason = "Commitments re-read against the source";

    [Fact]
    public void Commitments_are_numbered_in_order()
    {
        var agreement = Create();

        Assert.Equal([1, 2, 3, 4, 5, 6, 7], agreement.Commitments.Select(c => c.Ordinal));
        Assert.Equal(Modality.Intend, agreement.Commitments[6].Modality);
        Assert.All(agreement.Commitments, c => Assert.Empty(c.BodyIds));
    }

    [Fact]
    public void Commitment_binding_parties_is_accepted()
    {
        var content = JointPosition() with { Commitments = [Commitment("exchange information", Modality.Agree, [ScoRats, CisAtc, ScoRats])] };

        Assert.Equal([ScoRats, CisAtc], Assert.Single(Create(content).Commitments).BodyIds);
    }

    [Fact]
    public void Commitment_binding_a_non_party_fails()
    {
        var content = JointPosition() with { Commitments = [Commitment("exchange information", Modality.Agree, [NotAParty])] };

        DomainAssert.Fails(() => Create(content), "commitments[0].parties[0]", "is not a party");
    }

    [Fact]
    public void Commitment_needs_text()
    {
        var content = JointPosition() with { Commitments = [Commitment(" ", Modality.Agree)] };

        DomainAssert.Fails(() => Create(content), "commitments[0].text", "required");
    }

    [Fact]
    public void Revising_with_the_same_commitments_keeps_the_same_objects()
    {
        var agreement = Create();
        var before = agreement.Commitments.ToList();

        agreement.Revise(Reference, AgreementStatus.Signed, JointPosition(), Today, Reason);

        Assert.Equal(7, agreement.Commitments.Count);
        Assert.All(before.Zip(agreement.Commitments), pair => Assert.Same(pair.First, pair.Second));
    }

    [Fact]
    public void Revised_commitment_text_updates_the_object_of_the_same_ordinal()
    {
        var agreement = Create();
        var third = agreement.Commitments[2];
        var content = JointPosition();
        var changed = content with
        {
            Commitments = [.. content.Commitments.Select((c, i) => i == 2 ? c with { Text = "support de-radicalization" } : c)],
        };

        agreement.Revise(Reference, AgreementStatus.Signed, changed, Today, Reason);

        Assert.Same(third, agreement.Commitments[2]);
        Assert.Equal("support de-radicalization", third.Text);
    }

    [Fact]
    public void Revising_with_fewer_commitments_removes_the_extras()
    {
        var agreement = Create();
        var first = agreement.Commitments[0];
        var content = JointPosition();

        agreement.Revise(Reference, AgreementStatus.Signed, content with { Commitments = [.. content.Commitments.Take(2)] }, Today, Reason);

        Assert.Equal([1, 2], agreement.Commitments.Select(c => c.Ordinal));
        Assert.Same(first, agreement.Commitments[0]);
    }

    [Fact]
    public void Commitment_citing_a_resolution_adds_a_citation()
    {
        var agreement = Create();

        Assert.Equal([Res60288, Res2354], agreement.Citations.Select(c => c.ResolutionId));
        Assert.Equal("the UN Global Counter-Terrorism Strategy", agreement.Citations[0].CitingWords);
        Assert.Null(agreement.Citations[1].CitingWords);
    }

    [Fact]
    public void Citation_goes_when_no_commitment_cites_the_resolution_any_more()
    {
        var agreement = Create();

        agreement.Revise(Reference, AgreementStatus.Signed, JointPosition() with { Commitments = [] }, Today, Reason);

        Assert.Equal([Res60288], agreement.Citations.Select(c => c.ResolutionId));
        Assert.Empty(agreement.Commitments);
    }
}
