using System.Net;
using System.Net.Sockets;

namespace Registry.Dossiers.Tests.Infrastructure;

/// <summary>
/// One registry and one Chromium for all dossier tests: the sample record, the multilingual record with markup and
/// 198 generated records (200 in all, the set the set tests print). A loopback listener stands where the record's
/// external image points, so a test can tell that nothing tried to fetch it.
/// </summary>
public sealed class DossierFixture : IAsyncLifetime
{
    private readonly TcpListener _tracker = new(IPAddress.Loopback, 0);
    private int _trackerHits;

    public DossierWorld World { get; private set; } = null!;
    public string TrackerUrl { get; private set; } = "";
    public int TrackerHits => Volatile.Read(ref _trackerHits);

    public async Task InitializeAsync()
    {
        _tracker.Start();
        TrackerUrl = $"http://127.0.0.1:{((IPEndPoint)_tracker.LocalEndpoint).Port}/tracker.png";
        _ = CountHitsAsync();
        World = await DossierWorld.CreateAsync([TestRecords.WithScriptsAndMarkup(TrackerUrl)], generated: 198);
    }

    private async Task CountHitsAsync()
    {
        try
        {
            while (true)
            {
                using var client = await _tracker.AcceptTcpClientAsync();
                Interlocked.Increment(ref _trackerHits);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException) { }
    }

    public async Task DisposeAsync()
    {
        _tracker.Stop();
        await World.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class DossierCollection : ICollectionFixture<DossierFixture>
{
    public const string Name = "dossiers";
}
