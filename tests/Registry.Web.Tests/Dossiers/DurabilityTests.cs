using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Registry.Data.Database;
using Microsoft.Extensions.DependencyInjection;
using Registry.Testing;

namespace Registry.Web.Tests.Dossiers;

public sealed class DurabilityTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_request_accepted_before_the_app_stops_completes_after_it_starts_again(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        var printer = new CountingPrinter();
        int id;
        await using (var stopped = await DossierSite.StartAsync(db, printer, runServer: false))
        {
            using var client = await stopped.ClientAsync(DossierSite.Analyst);
            id = await DossierApi.RequestAsync(client, $"/api/agreements/{await DossierApi.FirstAgreementIdAsync(client)}/dossiers",
                new { paper = "Letter" });
            await Task.Delay(1500);
            var queued = await DossierApi.StatusAsync(client, id);
            Assert.Equal("queued", queued.GetProperty("status").GetString());
            Assert.Equal(HttpStatusCode.Conflict, (await client.GetAsync($"/api/dossiers/{id}/pdf")).StatusCode);
            Assert.NotNull((await stopped.RowAsync(id)).JobId);
        }
        Assert.Equal(0, printer.Calls);

        await using var restarted = await DossierSite.StartAsync(db, printer);
        using var again = await restarted.ClientAsync(DossierSite.Analyst);
        var done = await DossierApi.WaitAsync(again, id);
        Assert.Equal(1, printer.Calls);
        Assert.Equal(3, done.GetProperty("progress").GetProperty("done").GetInt32());
        Assert.Equal(3, done.GetProperty("progress").GetProperty("total").GetInt32());
        var pdf = await again.GetByteArrayAsync(done.GetProperty("pdfUrl").GetString());
        Assert.Equal(done.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        Assert.Contains("paper Letter", System.Text.Encoding.ASCII.GetString(pdf));
        Assert.Single(restarted.StoredFiles());
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_request_stored_but_never_queued_is_queued_on_the_next_start(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        var printer = new CountingPrinter();
        int id;
        await using (var stopped = await DossierSite.StartAsync(db, printer, runServer: false))
        {
            // As if the process stopped between storing the request and handing it to Hangfire.
            await using var scope = stopped.Services.CreateAsyncScope();
            var ledger = scope.ServiceProvider.GetRequiredService<Registry.Data.Dossiers.DossierLedger>();
            var request = Registry.Web.Dossiers.Jobs.DossierRequests.Write(new Registry.Web.Dossiers.DossierRequest { Filter = new() });
            id = (await ledger.AddAsync(Registry.Domain.Dossiers.Dossier.Create("Everything", request, 1, "test", DateTime.UtcNow))).Id;
        }
        await using var restarted = await DossierSite.StartAsync(db, printer);
        using var client = await restarted.ClientAsync(DossierSite.Admin);
        await DossierApi.WaitAsync(client, id);
        Assert.Equal(1, printer.Calls);
    }
}
