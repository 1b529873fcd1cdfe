using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Registry.Dossiers.Tests.Infrastructure;
using Registry.Web.Dossiers;
using Registry.Web.Dossiers.Printing;

namespace Registry.Dossiers.Tests.Renderer;

[Collection(DossierCollection.Name)]
public sealed class ChromiumTests(DossierFixture fixture)
{
    [Fact]
    public async Task A_missing_chromium_is_named_with_how_to_install_it()
    {
        await using var host = new ChromiumHost(new PrintSettings { ChromiumPath = "/nowhere/chromium" }, NullLogger<ChromiumHost>.Instance);
        var e = await Assert.ThrowsAsync<ChromiumMissingException>(() => host.UseAsync(_ => Task.FromResult(0), default));
        Assert.Contains("/nowhere/chromium", e.Message);
        Assert.Contains("apt-get install chromium", e.Message);
    }

    [Fact]
    public async Task Chromium_that_died_is_restarted_and_the_dossier_still_prints()
    {
        var world = fixture.World;
        var request = new DossierRequest { AgreementId = world.Id(TestRecords.Reference) };
        await world.Printer.PrintAsync(request, null, default);
        var launches = world.Chromium.Launches;
        using (var browser = Process.GetProcessById(world.Chromium.BrowserProcessId!.Value))
        {
            browser.Kill(entireProcessTree: true);
            await browser.WaitForExitAsync();
        }

        var dossier = await world.Printer.PrintAsync(request, null, default);
        Assert.True(dossier.PageCount > 3);
        Assert.Equal(launches + 1, world.Chromium.Launches);
    }

    [Fact]
    public async Task Simultaneous_dossiers_share_the_page_pool_and_all_complete()
    {
        var world = fixture.World;
        var ids = world.Ids.Where(p => p.Key.StartsWith("GEN-", StringComparison.Ordinal)).Take(8).Select(p => p.Value).ToList();
        var printed = await Task.WhenAll(ids.Select(id => world.Printer.PrintAsync(new DossierRequest { AgreementId = id }, null, default)));
        Assert.All(printed, p => Assert.True(p.PageCount >= 4));
        Assert.Equal(ids.Count, printed.Select(p => p.Sha256).Distinct().Count());
    }
}
