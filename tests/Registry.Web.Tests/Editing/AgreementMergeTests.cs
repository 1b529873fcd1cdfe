using Registry.Data.Agreements;
using Registry.Domain.Agreements;
using Registry.Web.Agreements.Editing;

namespace Registry.Web.Tests.Editing;

public sealed class AgreementMergeTests
{
    private static readonly AgreementDto Original = new()
    {
        Version = 3, ReferenceNumber = "REG-1", Title = "Original title", Summary = "Original summary", Kind = AgreementKind.Treaty,
        Citations = [new CitationDto { Symbol = "S/RES/2354 (2017)" }],
    };

    [Fact]
    public void Fields_only_the_other_editor_changed_take_their_value_and_mine_stay()
    {
        var theirs = Original with { Version = 4, Title = "Their title" };
        var mine = Original with { Summary = "My summary" };

        var fields = AgreementMerge.Compare(Original, mine, theirs);
        var merged = AgreementMerge.Apply(mine, theirs, fields);

        var field = Assert.Single(fields);
        Assert.Equal(("title", false), (field.Field, field.Conflict));
        Assert.Equal("Their title", merged.Title);
        Assert.Equal("My summary", merged.Summary);
        Assert.Equal(4, merged.Version);
    }

    [Fact]
    public void A_field_both_changed_is_a_conflict_the_user_decides()
    {
        var theirs = Original with { Version = 4, Citations = [new CitationDto { Symbol = "A/RES/60/288" }] };
        var mine = Original with { Citations = [new CitationDto { Symbol = "S/RES/2396 (2017)" }] };

        var field = Assert.Single(AgreementMerge.Compare(Original, mine, theirs));
        Assert.True(field.Conflict);
        Assert.Equal("S/RES/2396 (2017)", AgreementMerge.Apply(mine, theirs, [field]).Citations!.Single().Symbol);

        field.KeepMine = false;
        Assert.Equal("A/RES/60/288", AgreementMerge.Apply(mine, theirs, [field]).Citations!.Single().Symbol);
    }

    [Fact]
    public void The_same_change_on_both_sides_is_no_conflict()
    {
        var theirs = Original with { Version = 4, Title = "Same" };
        var mine = Original with { Title = "Same" };
        Assert.Empty(AgreementMerge.Compare(Original, mine, theirs));
    }
}
