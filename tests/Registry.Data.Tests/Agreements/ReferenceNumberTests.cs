using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Common;

namespace Registry.Data.Tests.Agreements;

public sealed class ReferenceNumberTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Reference_numbers_are_unique_ignoring_case(DatabaseProvider provider)
    {
        var (test, record) = await Fixture.WithSampleAsync(provider);
        await using var _ = test;
        var copy = record with { Id = 0, ReferenceNumber = record.ReferenceNumber!.ToLowerInvariant() };

        await using var db = test.Context();
        var e = await Assert.ThrowsAsync<ConflictException>(() => new AgreementWriter(db, TimeProvider.System).CreateAsync(copy));
        Assert.Equal("referenceNumber", e.Field);
        await using var check = test.Context();
        Assert.Equal(1, await check.Agreements.CountAsync());
    }
}
