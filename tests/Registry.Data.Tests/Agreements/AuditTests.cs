using Microsoft.EntityFrameworkCore;
using Registry.Domain.Common;

namespace Registry.Data.Tests.Agreements;

public sealed class AuditTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_correction_leaves_an_audit_entry_with_who_why_and_before_after(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        await Fixture.UpdateAsync(test, record with { Summary = "Corrected summary.", CorrectionReason = "Typo in the summary" }, "anna@example.org");

        await using var db = test.Context();
        var entry = await db.AuditEntries.SingleAsync(e => e.EntityType == "Agreement" && e.Action == "Modified");
        Assert.Equal(("anna@example.org", "Typo in the summary", 1), (entry.User, entry.Reason, entry.AggregateId));
        Assert.Contains("Corrected summary.", entry.Changes);
        Assert.Contains(record.Summary!, entry.Changes);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Every_created_row_is_audited_under_its_agreement(DatabaseProvider provider)
    {
        var (test, _) = await Fixture.WithSampleAsync(provider);
        await using var __ = test;
        await using var db = test.Context();
        var audited = await db.AuditEntries.Where(e => e.AggregateType == "Agreement" && e.AggregateId == 1)
            .GroupBy(e => e.EntityType).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        Assert.Equal(1, audited["Agreement"]);
        Assert.Equal(7, audited["Commitment"]);
        Assert.Equal(3, audited["Signatory"]);
        Assert.Equal(3, audited["Party"]);
        Assert.All(await db.AuditEntries.ToListAsync(), e => Assert.Equal("loader", e.User));
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_refused_change_writes_neither_data_nor_audit(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        int before;
        await using (var db = test.Context()) before = await db.AuditEntries.CountAsync();

        var bad = record with { EntryIntoForceOn = new DateOnly(2021, 1, 1), CorrectionReason = "test" };
        var e = await Assert.ThrowsAsync<DomainException>(() => Fixture.UpdateAsync(test, bad));
        Assert.Equal("entryIntoForceOn", e.Field);

        await using var check = test.Context();
        Assert.Equal(before, await check.AuditEntries.CountAsync());
        Assert.Equal(1, (await Fixture.ReadAsync(test)).Version);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_new_user_is_audited_without_the_password_hash(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var db = test.Context("admin"))
        {
            db.Users.Add(Domain.Users.User.Create("clerk@example.org", "HASH-VALUE-123", Domain.Users.Role.Editor, DateTime.UtcNow));
            await db.SaveChangesAsync();
        }
        await using var check = test.Context();
        var entry = await check.AuditEntries.SingleAsync();
        Assert.Equal(("User", "Added", "admin"), (entry.EntityType, entry.Action, entry.User));
        Assert.Contains("clerk@example.org", entry.Changes);
        Assert.DoesNotContain("HASH-VALUE-123", entry.Changes);
    }
}
