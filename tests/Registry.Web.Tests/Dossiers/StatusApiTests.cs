using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Registry.Data.Database;
using Registry.Testing;

namespace Registry.Web.Tests.Dossiers;

public sealed class StatusApiTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_printed_dossier_gives_its_status_its_pdf_and_verifies_by_hash(DatabaseProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, migrate: false);
        await using var site = await DossierSite.StartAsync(db, new CountingPrinter());
        using var client = await site.ClientAsync(DossierSite.Analyst);
        var id = await DossierApi.RequestAsync(client, "/api/dossiers", new { kind = "joint-position", from = "2020-01-01", to = "2024-12-31" });
        var done = await DossierApi.WaitAsync(client, id);
        Assert.Equal($"/api/dossiers/{id}/pdf", done.GetProperty("pdfUrl").GetString());
        Assert.Equal(2, done.GetProperty("pageCount").GetInt32());
        Assert.Equal("Printed title 1", done.GetProperty("title").GetString());
        Assert.Equal("analyst@test.local", done.GetProperty("requestedBy").GetString());

        using var pdf = await client.GetAsync($"/api/dossiers/{id}/pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"printed-title-1-dossier-{id}.pdf", pdf.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(done.GetProperty("size").GetInt64(), (await pdf.Content.ReadAsByteArrayAsync()).LongLength);

        var sha = done.GetProperty("sha256").GetString()!;
        var verified = await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/verify?sha256={sha.ToUpperInvariant()}");
        Assert.Equal(id, verified.GetProperty("dossierId").GetInt32());
        Assert.Equal("Printed title 1", verified.GetProperty("title").GetString());
        Assert.Equal(2, verified.GetProperty("pageCount").GetInt32());
        Assert.True(verified.GetProperty("createdAt").GetDateTime() > DateTime.UtcNow.AddMinutes(-5));

        using var unknown = await client.GetAsync($"/api/dossiers/verify?sha256={new string('a', 64)}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("application/problem+json", unknown.Content.Headers.ContentType?.MediaType);
        Assert.Contains("printed by this registry was not found", (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        foreach (var bad in new[] { "abc", new string('g', 64), "" })
        {
            using var response = await client.GetAsync($"/api/dossiers/verify?sha256={bad}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("sha256", out _));
        }
    }

    [Fact]
    public async Task Bad_requests_are_refused_naming_the_field_and_anonymous_callers_get_401()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite, migrate: false);
        await using var site = await DossierSite.StartAsync(db, new CountingPrinter(), runServer: false);
        using var client = await site.ClientAsync(DossierSite.Analyst);
        var agreement = await DossierApi.FirstAgreementIdAsync(client);
        await Refused(client, $"/api/agreements/{agreement}/dossiers", new { paper = "A3" }, HttpStatusCode.BadRequest, "paper");
        await Refused(client, "/api/dossiers", new { kind = "poem" }, HttpStatusCode.BadRequest, "kind");
        await Refused(client, "/api/dossiers", new { from = "2020-13-01" }, HttpStatusCode.BadRequest, "from");
        await Refused(client, "/api/dossiers", new { from = "2024-01-01", to = "2020-01-01" }, HttpStatusCode.BadRequest, "to");
        await Refused(client, "/api/dossiers", new { q = "no such words anywhere" }, HttpStatusCode.BadRequest, "filter");
        await Refused(client, "/api/agreements/999999/dossiers", new { }, HttpStatusCode.NotFound, null);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/dossiers/999999")).StatusCode);

        using var anonymous = site.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync($"/api/agreements/{agreement}/dossiers", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/dossiers/verify?sha256=" + new string('a', 64))).StatusCode);
    }

    private static async Task Refused(HttpClient client, string path, object body, HttpStatusCode status, string? field)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        Assert.Equal(status, response.StatusCode);
        if (field is not null)
            Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), field);
    }
}
