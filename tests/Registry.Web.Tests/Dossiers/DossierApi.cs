using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Registry.Data.Dossiers;
using Registry.Domain.Dossiers;

namespace Registry.Web.Tests.Dossiers;

/// <summary>The dossier API as the tests drive it.</summary>
public static class DossierApi
{
    public static async Task<int> FirstAgreementIdAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/agreements?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetInt32();

    /// <summary>Posts a request, checks the 202 and its Location, and returns the new dossier's id.</summary>
    public static async Task<int> RequestAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        Assert.Equal($"/api/dossiers/{id}", response.Headers.Location?.OriginalString);
        return id;
    }

    public static async Task<JsonElement> StatusAsync(HttpClient client, int id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/dossiers/{id}");

    /// <summary>Polls GET /api/dossiers/{id} until the status is reached; fails on "failed" unless that is awaited.</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, int id, string status = "done", int seconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var dossier = await StatusAsync(client, id);
            var now = dossier.GetProperty("status").GetString();
            if (now == status) return dossier;
            if (now == "failed") Assert.Fail($"Dossier {id} failed: {dossier.GetProperty("failure")}");
            if (DateTime.UtcNow > deadline) Assert.Fail($"Dossier {id} is still {now} after {seconds} s: {dossier}");
            await Task.Delay(200);
        }
    }

    public static async Task<Dossier> RowAsync(this DossierSite site, int id)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DossierLedger>().FindAsync(id) ?? throw new InvalidOperationException($"No dossier {id}.");
    }

    public static string[] StoredFiles(this DossierSite site) =>
        Directory.Exists(Path.Combine(site.Database.Settings.DataDirectory, "dossiers"))
            ? Directory.GetFiles(Path.Combine(site.Database.Settings.DataDirectory, "dossiers"), "*.pdf") : [];
}
