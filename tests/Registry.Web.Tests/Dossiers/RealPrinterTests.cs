using System.Net.Http.Json;
using System.Text.Json;
using Registry.Data.Database;
using Registry.Testing;

namespace Registry.Web.Tests.Dossiers;

/// <summary>The jobs with the real printer (headless Chromium, as .ci/setup installs it): the reference record, end to end.</summary>
public sealed class RealPrinterTests
{
    [Fact]
    public async Task The_reference_dossier_prints_through_the_queue_and_verifies()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var site = await DossierSite.StartAsync(db, printer: null);
        using var client = await site.ClientAsync(DossierSite.Analyst);
        var id = await DossierApi.RequestAsync(client, "/api/agreements/1/dossiers", new { paper = "A4" });

        var done = await DossierApi.WaitAsync(client, id, seconds: 180);
        Assert.True(done.GetProperty("pageCount").GetInt32() >= 3);
        Assert.StartsWith("Joint Position", done.GetProperty("title").GetString());
        var pdf = await client.GetByteArrayAsync($"/api/dossiers/{id}/pdf");
        Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
        Assert.Equal(done.GetProperty("size").GetInt64(), pdf.LongLength);

        var verified = await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/verify?sha256={done.GetProperty("sha256").GetString()}");
        Assert.Equal(id, verified.GetProperty("dossierId").GetInt32());
    }
}
