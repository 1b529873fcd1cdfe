using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Generation;

namespace Registry.Data.Tests.Generation;

public sealed class GeneratorTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Generated_records_keep_the_rules_and_are_marked_as_generated(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var report = await new AgreementGenerator(test.Settings) { BatchSize = 40 }.GenerateAsync(100, seed: 7);
        Assert.Equal(100, report.Added);

        await using var db = test.Context();
        Assert.Equal(100, await db.Agreements.CountAsync(a => a.IsGenerated));
        var counts = await db.Agreements.Select(a => new
        {
            Parties = db.Parties.Count(p => p.AgreementId == a.Id),
            Signatories = db.Signatories.Count(s => s.AgreementId == a.Id),
            Commitments = db.Commitments.Count(c => c.AgreementId == a.Id),
            Citations = db.Citations.Count(c => c.AgreementId == a.Id),
        }).ToListAsync();
        Assert.All(counts, c =>
        {
            Assert.InRange(c.Parties, 2, 6);
            Assert.InRange(c.Signatories, 1, 6);
            Assert.InRange(c.Commitments, 3, 15);
            Assert.InRange(c.Citations, 0, 4);
        });
        // Every signatory represents a party of its agreement.
        Assert.False(await db.Signatories.AnyAsync(s => !db.Parties.Any(p => p.AgreementId == s.AgreementId && p.BodyId == s.BodyId)));
        // A generated record reads back through the same code as a real one.
        var sample = await new AgreementReader(db).GetAsync(await db.Agreements.Select(a => a.Id).FirstAsync());
        Assert.StartsWith("GEN-7-", sample.ReferenceNumber);
        Assert.True(sample.IsGenerated);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_records_on_both_providers_and_a_rerun_adds_nothing()
    {
        await using var sqlite = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var postgres = await TestDatabase.CreateAsync(DatabaseProvider.PostgreSql);
        foreach (var test in new[] { sqlite, postgres })
            await new AgreementGenerator(test.Settings) { BatchSize = 25 }.GenerateAsync(60, seed: 3);

        Assert.Equal(await Fingerprint(sqlite), await Fingerprint(postgres));
        var again = await new AgreementGenerator(sqlite.Settings).GenerateAsync(60, seed: 3);
        Assert.Equal((0, 60), (again.Added, again.AlreadyThere));
    }

    private static async Task<List<string>> Fingerprint(TestDatabase test)
    {
        await using var db = test.Context();
        return await db.Agreements.OrderBy(a => a.ReferenceNumber)
            .Select(a => a.ReferenceNumber + "|" + a.Title + "|" + a.SignedOn + "|" + a.Kind + "|" + db.Commitments.Count(c => c.AgreementId == a.Id))
            .ToListAsync();
    }
}
