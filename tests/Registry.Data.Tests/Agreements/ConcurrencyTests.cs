using Registry.Data.Common;

namespace Registry.Data.Tests.Agreements;

public sealed class ConcurrencyTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task The_second_save_of_the_same_version_is_refused_and_the_first_stays(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        await Fixture.UpdateAsync(test, record with { Summary = "First", CorrectionReason = "first" });
        var e = await Assert.ThrowsAsync<ConflictException>(() =>
            Fixture.UpdateAsync(test, record with { Summary = "Second", CorrectionReason = "second" }));

        Assert.Equal("version", e.Field);
        var stored = await Fixture.ReadAsync(test);
        Assert.Equal(("First", 2), (stored.Summary, stored.Version));
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task What_GET_returns_can_be_PUT_back_unchanged(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        await Fixture.UpdateAsync(test, record with { CorrectionReason = "no-op check" });
        var after = await Fixture.ReadAsync(test);

        Assert.Equal(2, after.Version);
        Assert.Equal(Json(record with { Version = 0 }), Json(after with { Version = 0 }));
    }

    private static string Json(object o) => System.Text.Json.JsonSerializer.Serialize(o, RegistryJson.Options);
}
