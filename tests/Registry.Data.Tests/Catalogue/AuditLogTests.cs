using Registry.Data.Audit;
using Registry.Data.Bodies;
using Registry.Data.Tests.Agreements;

namespace Registry.Data.Tests.Catalogue;

public sealed class AuditLogTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_log_filters_by_user_and_record_type_pages_newest_first_and_names_enum_values(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var __ = test;
        await using (var editor = test.Context("editor@test.local"))
        {
            var body = await new BodyCatalogue(editor).GetAsync(1);
            await new BodyCatalogue(editor).SaveAsync(1, body with { NameZh = "集体安全条约组织" });
        }
        await using var db = test.Context();
        var log = new AuditLog(db);

        var newest = (await log.QueryAsync(new AuditFilter())).Rows[0];
        Assert.Equal(("editor@test.local", "Modified", "SignatoryBody", 1), (newest.User, newest.Action, newest.EntityType, newest.EntityId));
        var change = Assert.Single(newest.Changes);
        Assert.Equal(("NameZh", null, "集体安全条约组织"), (change.Property, change.Before, change.After));

        var byEditor = await log.QueryAsync(new AuditFilter { User = "editor@test.local" });
        Assert.Equal(newest.Id, Assert.Single(byEditor.Rows).Id);
        Assert.Equal(["editor@test.local", "loader"], await log.UsersAsync());

        // An aggregate's type takes in its parts; enum values read by name, not number.
        var agreement = await log.QueryAsync(new AuditFilter { Type = "Agreement", PageSize = 500 });
        Assert.All(agreement.Rows, r => Assert.Equal(("Agreement", record.Id), (r.AggregateType, r.AggregateId)));
        Assert.Contains(agreement.Rows, r => r.EntityType == "Commitment");
        var party = agreement.Rows.First(r => r.EntityType == "Party");
        Assert.Equal("Party", party.Changes.Single(c => c.Property == "Role").After);

        var first = await log.QueryAsync(new AuditFilter { Type = "Party", PageSize = 2 });
        var second = await log.QueryAsync(new AuditFilter { Type = "Party", PageSize = 2, Page = 2 });
        Assert.True(first.HasMore);
        Assert.False(second.HasMore);
        Assert.True(first.Rows[^1].Id > second.Rows[0].Id);
        Assert.Contains("SignatoryBody", log.EntityTypes());
        Assert.DoesNotContain("AuditEntry", log.EntityTypes());
    }
}
