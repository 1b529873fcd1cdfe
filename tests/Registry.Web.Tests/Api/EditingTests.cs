using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Api;

public sealed class EditingTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Two_PUTs_of_one_version_the_second_gets_409_and_the_first_stays(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();
        var record = JsonNode.Parse(await editor.GetStringAsync("/api/agreements/1"))!.AsObject();

        var first = record.DeepClone().AsObject().With(r => { r["summary"] = "First editor"; r["correctionReason"] = "one"; });
        var second = record.DeepClone().AsObject().With(r => { r["summary"] = "Second editor"; r["correctionReason"] = "two"; });
        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync("/api/agreements/1", first)).StatusCode);
        await BadInputTests.AssertRefused(await editor.PutAsJsonAsync("/api/agreements/1", second), HttpStatusCode.Conflict, "version");

        var stored = JsonNode.Parse(await editor.GetStringAsync("/api/agreements/1"))!;
        Assert.Equal(("First editor", 2), ((string)stored["summary"]!, (int)stored["version"]!));
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_signed_record_is_corrected_only_with_a_reason_and_every_change_is_in_its_history(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();
        var record = JsonNode.Parse(await editor.GetStringAsync("/api/agreements/1"))!.AsObject();
        record["commitments"]![4]!["text"] = "Corrected commitment five.";

        await BadInputTests.AssertRefused(await editor.PutAsJsonAsync("/api/agreements/1", record), HttpStatusCode.BadRequest, "correctionReason");
        record["correctionReason"] = "Commitment 5 misquoted";
        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync("/api/agreements/1", record)).StatusCode);

        var history = JsonNode.Parse(await editor.GetStringAsync("/api/agreements/1/history"))!.AsArray();
        var correction = history.Where(h => (string?)h!["reason"] == "Commitment 5 misquoted").ToList();
        Assert.Contains(correction, h => (string)h!["entityType"]! == "Commitment" && h["changes"]!["Text"]![1]!.ToString() == "Corrected commitment five.");
        Assert.All(correction, h => Assert.Equal("editor@test.local", (string)h!["user"]!));
        Assert.Contains(history, h => (string)h!["action"]! == "Added" && (string)h["entityType"]! == "Agreement");
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_editor_creates_with_natural_keys_and_loose_citations_and_sees_both_relation_directions(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();
        var payload = Payloads.Agreement("PROT-1").With(a =>
        {
            a["kind"] = "protocol";
            a["signedOn"] = "2023-03-01";
            a["citations"] = new JsonArray(new JsonObject { ["symbol"] = "UNSCR 1373" }, new JsonObject { ["symbol"] = "A/RES/ES-10/19" });
            a["relations"] = new JsonArray(new JsonObject { ["type"] = "amends", ["referenceNumber"] = "REG-2022-0001" });
            a["signatories"] = new JsonArray(new JsonObject { ["person"] = "Imangali Tasmagambetov", ["body"] = "CSTO Secretariat", ["signedOn"] = "2024-07-19" });
            foreach (var p in a["parties"]!.AsArray()) p!["actions"]![0]!["date"] = "2023-03-01";
        });
        var created = await editor.PostAsJsonAsync("/api/agreements", payload);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var record = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;

        // The two cited here, then the two that the copied commitments cite, added by the domain.
        Assert.Equal(["S/RES/1373 (2001)", "A/RES/ES-10/19", "S/RES/2354 (2017)", "A/RES/60/288"],
            record["citations"]!.AsArray().Select(c => (string)c!["symbol"]!));
        Assert.Equal("Secretary General of the Collective Security Treaty Organization", (string)record["signatories"]![0]!["position"]!);
        Assert.Equal("REG-2022-0001", (string)record["relations"]![0]!["referenceNumber"]!);
        var original = JsonNode.Parse(await editor.GetStringAsync("/api/agreements/1"))!;
        Assert.Equal(("amended-by", "PROT-1"), ((string)original["relatedBy"]![0]!["direction"]!, (string)original["relatedBy"]![0]!["referenceNumber"]!));
    }
}
