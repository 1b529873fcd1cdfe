using Microsoft.EntityFrameworkCore;

namespace Registry.Data.Tests.Migrations;

public sealed class ModelTests
{
    /// <summary>The same check as `dotnet ef migrations has-pending-model-changes`, for every provider, no server needed.</summary>
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public void Each_provider_has_migrations_for_the_whole_model(DatabaseProvider provider)
    {
        using var db = DesignTimeFactory.Create(provider);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), $"{provider}: the model has changes no migration holds; run dotnet ef migrations add.");
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Migrations_apply_to_a_real_empty_database(DatabaseProvider provider)
    {
        await using var test = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var db = test.Context();
        Assert.NotEmpty(await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Agreements.CountAsync());
    }
}
