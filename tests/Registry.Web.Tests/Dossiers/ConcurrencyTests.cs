using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Dossiers.Jobs;

namespace Registry.Web.Tests.Dossiers;

public sealed class ConcurrencyTests
{
    /// <summary>Identical requests are not merged: each is its own dossier, printed once, stored once.</summary>
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Twenty_simultaneous_requests_all_complete_with_no_duplicate_output(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        var printer = new CountingPrinter();
        await using var site = await DossierSite.StartAsync(db, printer);
        using var client = await site.ClientAsync(DossierSite.Analyst);
        var agreement = await DossierApi.FirstAgreementIdAsync(client);

        var ids = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => i % 2 == 0
            ? DossierApi.RequestAsync(client, $"/api/agreements/{agreement}/dossiers", new { paper = "A4" })
            : DossierApi.RequestAsync(client, "/api/dossiers", new { q = "", paper = "A4" })));
        Assert.Equal(20, ids.Distinct().Count());

        var done = await Task.WhenAll(ids.Select(id => DossierApi.WaitAsync(client, id, seconds: 120)));
        Assert.Equal(20, printer.Calls);
        var hashes = done.Select(d => d.GetProperty("sha256").GetString()!).ToList();
        Assert.Equal(20, hashes.Distinct().Count());
        Assert.Equal(20, site.StoredFiles().Length);
        foreach (var d in done)
        {
            Assert.Equal(1, d.GetProperty("attempts").GetInt32());
            var pdf = await client.GetByteArrayAsync(d.GetProperty("pdfUrl").GetString());
            Assert.Equal(d.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(pdf)));
        }
    }

    /// <summary>A duplicate run of the same job (two workers, a late retry) neither prints again nor stores twice.</summary>
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_duplicate_run_of_a_job_prints_nothing_more(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        var printer = new CountingPrinter(TimeSpan.FromMilliseconds(150));
        await using var site = await DossierSite.StartAsync(db, printer, runServer: false);
        using var client = await site.ClientAsync(DossierSite.Admin);
        var id = await DossierApi.RequestAsync(client, $"/api/agreements/{await DossierApi.FirstAgreementIdAsync(client)}/dossiers", new { });

        Task Run() => Task.Run(async () =>
        {
            await using var scope = site.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DossierJob>().RunAsync(id, null, CancellationToken.None);
        });
        var runs = new[] { Run(), Run() };
        await Assert.ThrowsAsync<DossierBusyException>(async () => await Task.WhenAll(runs));
        Assert.Equal(1, runs.Count(r => r.IsCompletedSuccessfully));
        await Run(); // a retry after the dossier is done returns at once

        Assert.Equal(1, printer.Calls);
        var row = await site.RowAsync(id);
        Assert.Equal(Registry.Domain.Dossiers.DossierStatus.Done, row.Status);
        Assert.Equal(1, row.Attempts);
        Assert.Single(site.StoredFiles());
    }
}
