using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Search;
using Registry.Data.Search.Facts;
using Registry.Data.Tests.Agreements;

namespace Registry.Data.Tests.Search;

public sealed class FreshnessTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_edit_shows_in_the_very_next_search(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        var cache = new SearchFactsCache();   // one for the whole test, as the app keeps one
        Assert.Equal(1, (await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "propaganda" }, cache)).Total);

        var fifth = record.Commitments![4];
        record.Commitments[4] = fifth with { Text = fifth.Text!.Replace("spread and propaganda", "spread in cyberspace"), Modality = Domain.Agreements.Modality.Undertake };
        record.Commitments.RemoveAt(6);
        await Fixture.UpdateAsync(test, record with { CorrectionReason = "Commitment 5 misquoted; commitment 7 not in the text" });

        Assert.Equal(0, (await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "propaganda" }, cache)).Total);
        var now = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "cyberspace" }, cache);
        Assert.Equal(Domain.Agreements.Modality.Undertake, Assert.Single(now.Items).Modality);
        Assert.Equal(1, Assert.Single(now.Facets.Modalities).Count);
        // The commitment taken out (legal assistance, the last one) is gone from the index and from the facets.
        Assert.Equal(0, (await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "accomplices" }, cache)).Total);

        var renamed = await Fixture.ReadAsync(test);
        await Fixture.UpdateAsync(test, renamed with { Title = renamed.Title + " on Cyberterrorism", CorrectionReason = "Full title" });
        await using var db = test.Context();
        var agreements = await new AgreementSearch(db, cache).SearchAsync(new SearchRequest { Q = "cyberterrorism" });
        Assert.Equal(record.ReferenceNumber, Assert.Single(agreements.Items).ReferenceNumber);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_renamed_body_shows_under_its_new_name_in_the_next_search(DatabaseProvider provider)
    {
        var (test, _) = await Fixture.WithSampleAsync(provider);
        await using var __ = test;
        var cache = new SearchFactsCache();
        var before = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "propaganda" }, cache);
        Assert.Contains("CSTO Secretariat", before.Facets.Bodies.Select(f => f.Label));

        await using (var db = test.Context("editor"))
        {
            var csto = await db.Bodies.SingleAsync(b => b.Abbreviation == "CSTO Secretariat");
            csto.Update(csto.Name, "ODKB Secretariat", csto.NameRu, csto.NameZh, csto.Aliases, csto.Kind, csto.ParentId, csto.CountryCode);
            await db.SaveChangesAsync();
        }

        var after = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "propaganda" }, cache);
        Assert.Contains("ODKB Secretariat", after.Facets.Bodies.Select(f => f.Label));
        Assert.DoesNotContain("CSTO Secretariat", after.Facets.Bodies.Select(f => f.Label));
        Assert.Contains("ODKB Secretariat", Assert.Single(after.Items).Bodies);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_save_whose_audit_entries_the_freshness_check_missed_is_still_found(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        var cache = new SearchFactsCache();
        Assert.Equal(1, (await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "propaganda" }, cache)).Total);
        int id;
        await using (var db = test.Context("editor"))
            id = (await new AgreementWriter(db, TimeProvider.System).CreateAsync(record with
            {
                Id = 0, ReferenceNumber = "LATE-1", Title = "Late Memorandum on Zebrafish Laboratories",
                Commitments = [record.Commitments![0] with { Text = "The Parties undertake to protect zebrafish laboratories." }],
            })).Id;
        // As if a PostgreSQL transaction had taken its audit ids early and committed after the window moved on.
        await using (var db = test.Context())
            await db.AuditEntries.Where(e => e.AggregateId == id).ExecuteDeleteAsync();

        var found = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "zebrafish" }, cache);
        Assert.Equal("LATE-1", Assert.Single(found.Items).ReferenceNumber);
        Assert.Equal(1, Assert.Single(found.Facets.Years).Count);
        await using var read = test.Context();
        var agreements = await new AgreementSearch(read, new SearchFactsCache()).SearchAsync(new SearchRequest { Q = "zebrafish" });
        Assert.Equal(1, agreements.Total);
    }
}
