using Registry.Data.Agreements;
using Registry.Data.Search;
using Registry.Data.Search.Facts;
using Registry.Data.Tests.Agreements;

namespace Registry.Data.Tests.Search;

public sealed class RelevanceTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_phrase_from_commitment_5_finds_that_commitment_first(DatabaseProvider provider)
    {
        await using var test = await SearchCorpus.CreateAsync(provider);
        var found = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "\"collective measures to prevent and suppress the spread\"" });
        var fifth = (await Fixture.ReadAsync(test)).Commitments![4];
        Assert.Equal(fifth.Text, found.Items[0].Text);
        Assert.Contains("<mark>collective</mark> <mark>measures</mark>", found.Items[0].Snippet);
        // Loose words rank the short, focused sentence above the long ones that merely hold them.
        var loose = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "propaganda radical ideology recruitment" });
        Assert.Equal(fifth.Text, Assert.Single(loose.Items).Text);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_Russian_query_finds_inflected_forms(DatabaseProvider provider)
    {
        await using var test = await SearchCorpus.CreateAsync(provider);
        var found = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "терроризм", PageSize = 100 });
        Assert.True(found.Total > 10, $"{found.Total} hits");
        Assert.Contains(found.Items, h => h.Text.Contains("терроризма"));
        Assert.Contains(found.Items, h => h.Text.Contains("терроризму"));
        Assert.All(found.Items, h => Assert.Contains("<mark>терроризм", h.Snippet));
        var dative = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "терроризму" });
        Assert.Equal(found.Total, dative.Total);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Excluded_words_prefixes_and_OR_narrow_and_widen_as_analysts_expect(DatabaseProvider provider)
    {
        await using var test = await SearchCorpus.CreateAsync(provider);
        var all = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "terrorist" });
        var without = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "terrorist -Internet", PageSize = 100 });
        var internet = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "terrorist Internet" });
        Assert.True(internet.Total > 0 && without.Total > 0);
        Assert.Equal(all.Total, without.Total + internet.Total);
        Assert.DoesNotContain(without.Items, h => h.Text.Contains("Internet", StringComparison.OrdinalIgnoreCase));

        var prefix = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "extremi*", PageSize = 100 });
        Assert.Contains(prefix.Items, h => h.Text.Contains("extremism"));
        Assert.All(prefix.Items, h => Assert.Contains("<mark>extremi", h.Snippet));
        var radical = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "radicaliz*" });
        var either = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "extremi* OR radicaliz*" });
        Assert.True(either.Total >= Math.Max(prefix.Total, radical.Total) && either.Total <= prefix.Total + radical.Total);
        // Ranked, an OR query's hits come from its terms' matches; with a word excluded, from the engine's whole-query
        // match. A word no record holds changes nothing, so both ways must give the same hits in the same order.
        var both = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "extremi* OR radicaliz* terrorist", PageSize = 100 });
        var whole = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "extremi* OR radicaliz* terrorist -qzxv", PageSize = 100 });
        Assert.True(both.Total > 0, "no hits");
        Assert.Equal(whole.Total, both.Total);
        Assert.Equal(whole.Items.Select(h => h.CommitmentId), both.Items.Select(h => h.CommitmentId));
        var stopWordsOnly = await Assert.ThrowsAsync<Domain.Common.DomainException>(() =>
            SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "the of" }));
        Assert.Equal("q", stopWordsOnly.Field);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_OR_query_ranks_a_commitment_with_both_sides_above_shorter_ones_with_one(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        var c = record.Commitments!;
        c[0] = c[0] with { Text = "The Parties shall counter extremism." };
        c[1] = c[1] with { Text = "The Parties shall counter radicalization." };
        c[2] = c[2] with { Text = "The Parties shall counter extremism and radicalization in places of detention and online." };
        await Fixture.UpdateAsync(test, record with { CorrectionReason = "Ranking case" });

        // BM25: the long sentence holds both rare words, so it outscores the short ones that hold one.
        var either = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "extremism OR radicalization" });
        Assert.Equal(c[2].Text, either.Items[0].Text);
        Assert.True(either.Total >= 3, $"{either.Total} hits");
        // Every hit of a query without OR holds every word; then BM25 ranks the shorter first.
        var one = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "extremism" });
        Assert.Equal(c[0].Text, one.Items[0].Text);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_agreement_with_the_words_in_its_title_ranks_above_shorter_ones_with_them_elsewhere(DatabaseProvider provider)
    {
        var (test, sample) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        foreach (var (reference, title, summary) in new[]
        {
            ("ZQX-1", "Zqx Convention on Extradition", sample.Summary),
            ("ZQX-2", "Zqx Joint Statement", "The Parties will speed up extradition."),
        })
        {
            await using var write = test.Context("editor");
            await new AgreementWriter(write, TimeProvider.System).CreateAsync(sample with
            {
                Id = 0, ReferenceNumber = reference, Title = title, ShortTitle = null, TitleRu = null, TitleZh = null, Summary = summary,
            });
        }
        await using var db = test.Context();
        var found = await new AgreementSearch(db, new SearchFactsCache()).SearchAsync(new SearchRequest { Q = "extradition" });
        Assert.Equal(["ZQX-1", "ZQX-2"], found.Items.Select(i => i.ReferenceNumber));
        // A word in neither title: the shorter record first.
        var spoken = await new AgreementSearch(db, new SearchFactsCache()).SearchAsync(new SearchRequest { Q = "zqx parties" });
        Assert.Equal("ZQX-2", spoken.Items[0].ReferenceNumber);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Newest_and_oldest_order_the_same_hits_by_signing_date(DatabaseProvider provider)
    {
        await using var test = await SearchCorpus.CreateAsync(provider);
        var ranked = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "terrorist Internet", PageSize = 100 });
        var newest = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "terrorist Internet", Sort = "newest", PageSize = 100 });
        var oldest = await SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "terrorist Internet", Sort = "Oldest", PageSize = 100 });
        Assert.True(ranked.Total is > 10 and <= 100, $"{ranked.Total} hits");
        Assert.Equal([.. ranked.Items.Select(h => h.CommitmentId).Order()], newest.Items.Select(h => h.CommitmentId).Order());
        Assert.Equal([.. newest.Items.OrderByDescending(h => h.SignedOn).ThenByDescending(h => h.CommitmentId).Select(h => h.CommitmentId)],
            newest.Items.Select(h => h.CommitmentId));
        Assert.Equal([.. oldest.Items.OrderBy(h => h.SignedOn is null).ThenBy(h => h.SignedOn).ThenBy(h => h.CommitmentId).Select(h => h.CommitmentId)],
            oldest.Items.Select(h => h.CommitmentId));
        Assert.NotEqual(ranked.Items.Select(h => h.CommitmentId), newest.Items.Select(h => h.CommitmentId));
        var bad = await Assert.ThrowsAsync<Domain.Common.DomainException>(() =>
            SearchCorpus.CommitmentsAsync(test, new SearchRequest { Q = "terrorist", Sort = "best" }));
        Assert.Equal("sort", bad.Field);
    }
}
