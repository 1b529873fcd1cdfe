using Registry.Data.Agreements;
using Registry.Data.Samples;

namespace Registry.Data.Tests.Agreements;

/// <summary>A test database holding the reference record, and helpers to read and revise it.</summary>
internal static class Fixture
{
    public static async Task<(TestDatabase Db, AgreementDto Record)> WithSampleAsync(DatabaseProvider provider)
    {
        var test = await TestDatabase.CreateAsync(provider);
        await using (var db = test.Context("loader"))
            await new SampleLoader(db, TimeProvider.System).LoadFileAsync(SampleFile.Path);
        await using var read = test.Context();
        return (test, await new AgreementReader(read).GetAsync(1));
    }

    public static async Task<AgreementDto> ReadAsync(TestDatabase test, int id = 1)
    {
        await using var db = test.Context();
        return await new AgreementReader(db).GetAsync(id);
    }

    public static async Task UpdateAsync(TestDatabase test, AgreementDto dto, string user = "editor")
    {
        await using var db = test.Context(user);
        await new AgreementWriter(db, TimeProvider.System).UpdateAsync(dto.Id, dto);
    }
}
