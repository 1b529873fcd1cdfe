using Microsoft.EntityFrameworkCore;
using Registry.Data.Bodies;
using Registry.Data.People;
using Registry.Data.Resolutions;
using Registry.Data.Tests.Agreements;
using Registry.Domain.Agreements;

namespace Registry.Data.Tests.Catalogue;

/// <summary>The queries behind the body, person and resolution pages, on the reference record.</summary>
public sealed class CatalogueQueryTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Office_holders_signatures_and_citers_come_from_the_reference_record(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var __ = test;
        await using var db = test.Context();
        var rats = await db.Bodies.SingleAsync(b => b.Abbreviation == "SCO RATS");
        var mirzaev = await db.People.SingleAsync(p => p.FullName == "Ruslan Mirzaev");

        var holder = Assert.Single(await new OfficeHolders(db).ForBodyAsync(rats.Id));
        Assert.Equal((mirzaev.Id, "Руслан Мирзаев", new DateOnly(2022, 1, 1)), (holder.PersonId, holder.FullNameRu, holder.From!.Value));
        Assert.Empty(await new OfficeHolders(db).ForBodyAsync(rats.ParentId!.Value)); // SCO itself: nobody appointed

        var signatures = await new PersonSignatures(db).ForPersonAsync(mirzaev.Id, 1, 50);
        var signature = Assert.Single(signatures.Items);
        Assert.Equal(1, signatures.Total);
        Assert.Equal((record.Id, "SCO RATS", new DateOnly(2022, 2, 16)), (signature.AgreementId, signature.Body, signature.SignedOn!.Value));
        Assert.StartsWith("Director of the Executive Committee", signature.Position);

        var citers = new ResolutionCiters(db);
        var s2354 = await db.Resolutions.SingleAsync(r => r.Symbol == "S/RES/2354 (2017)");
        var agreement = Assert.Single((await citers.AgreementsAsync(s2354.Id, 50)).Items);
        Assert.Contains("countering the spread of terrorist ideas", agreement.CitingWords);
        var commitments = await citers.CommitmentsAsync(s2354.Id, 1, 50);
        Assert.Equal((false, 2, Modality.Support), (commitments.HasMore, commitments.Items.Single().Ordinal, commitments.Items.Single().Modality));
        Assert.Empty((await citers.CommitmentsAsync(s2354.Id, int.MaxValue, 50)).Items); // a page far beyond the end

        var s1373 = await db.Resolutions.SingleAsync(r => r.Symbol == "S/RES/1373 (2001)");
        Assert.Equal(0, (await citers.AgreementsAsync(s1373.Id, 50)).Total);
        Assert.Empty((await citers.CommitmentsAsync(s1373.Id, 1, 50)).Items);
    }
}
