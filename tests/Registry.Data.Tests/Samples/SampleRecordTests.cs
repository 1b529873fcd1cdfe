using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Samples;
using Registry.Domain.Agreements;

namespace Registry.Data.Tests.Samples;

public sealed class SampleRecordTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_sample_file_gives_the_reference_record(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var db = test.Context())
            await new SampleLoader(db, TimeProvider.System).LoadFileAsync(SampleFile.Path);

        await using var read = test.Context();
        var id = await read.Agreements.Select(a => a.Id).SingleAsync();
        var record = await new AgreementReader(read).GetAsync(id);

        Assert.Equal(AgreementKind.JointPosition, record.Kind);
        Assert.Equal(AgreementStatus.Signed, record.Status);
        Assert.Equal(new DateOnly(2022, 2, 16), record.SignedOn);
        Assert.Equal("Moscow", record.Place?.City);
        Assert.Equal(["SCO RATS", "CIS ATC", "CSTO Secretariat"], record.Parties!.Select(p => p.Body));
        Assert.Equal(
        [
            ("Ruslan Mirzaev", "Director of the Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization", "SCO RATS"),
            ("Yevgeny Sysoyev", "Head of the Anti-Terrorist Center of the Commonwealth of Independent States", "CIS ATC"),
            ("Stanislav Zas", "Secretary General of the Collective Security Treaty Organization", "CSTO Secretariat"),
        ], record.Signatories!.Select(s => (s.Person, s.Position, s.Body)));
        Assert.Equal(["S/RES/2354 (2017)", "A/RES/60/288"], record.Citations!.Select(c => c.Symbol));
        Assert.Equal(7, record.Commitments!.Count);
        Assert.Equal(
            [Modality.Declare, Modality.Support, Modality.Support, Modality.Support, Modality.ConsiderNecessary, Modality.DrawAttention, Modality.Intend],
            record.Commitments.Select(c => c.Modality));
        Assert.Equal(["S/RES/2354 (2017)", "A/RES/60/288"], record.Commitments[1].Resolutions);
        Assert.Contains("use of the Internet by terrorist organizations", record.Commitments[4].SourceText);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Loading_the_samples_twice_adds_nothing_the_second_time(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        await using (var db = test.Context())
            Assert.Equal(1, (await new SampleLoader(db, TimeProvider.System).LoadFileAsync(SampleFile.Path)).Agreements);
        await using (var db = test.Context())
        {
            var again = await new SampleLoader(db, TimeProvider.System).LoadFileAsync(SampleFile.Path);
            Assert.Equal((0, 0, 0, 0), (again.Agreements, again.Bodies, again.People, again.Resolutions));
        }
        await using var check = test.Context();
        Assert.Equal(1, await check.Agreements.CountAsync());
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_import_with_one_bad_record_writes_nothing(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider);
        var set = System.Text.Json.JsonSerializer.Deserialize<SampleSet>(File.ReadAllText(SampleFile.Path), Common.RegistryJson.Options)!;
        var bad = set.Agreements[0] with { ReferenceNumber = "BAD-1", EntryIntoForceOn = new DateOnly(2020, 1, 1) };
        set = set with { Agreements = [.. set.Agreements, bad] };

        await using (var db = test.Context())
            await Assert.ThrowsAsync<Domain.Common.DomainException>(() => new SampleLoader(db, TimeProvider.System).LoadAsync(set));

        await using var check = test.Context();
        Assert.Equal((0, 0, 0, 0), (await check.Agreements.CountAsync(), await check.Bodies.CountAsync(),
            await check.People.CountAsync(), await check.AuditEntries.CountAsync()));
    }
}
