namespace Registry.Browser.Tests.Infrastructure;

/// <summary>The app with the sample reference record (REG-2022-0001 is agreement 1), shared by the browser collection.</summary>
public sealed class SampleSite : IAsyncLifetime
{
    public RegistrySite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await RegistrySite.StartAsync(samples: true);

    public async Task DisposeAsync()
    {
        if (Site is not null) await Site.DisposeAsync();
    }
}

/// <summary>The app on an empty database (no samples), for tests that record everything through the forms.</summary>
public sealed class EmptySite : IAsyncLifetime
{
    public RegistrySite Site { get; private set; } = null!;

    public async Task InitializeAsync() => Site = await RegistrySite.StartAsync(samples: false);

    public async Task DisposeAsync()
    {
        if (Site is not null) await Site.DisposeAsync();
    }
}

/// <summary>
/// All browser tests share one Chromium and one sample site and run one after another (the machine is small).
/// A test class that needs an empty database adds <c>IClassFixture&lt;EmptySite&gt;</c>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>, ICollectionFixture<SampleSite>
{
    public const string Name = "Browser";
}
