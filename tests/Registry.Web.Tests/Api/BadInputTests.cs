using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Api;

/// <summary>Each bad request is answered 400 (or 409) naming the field, and the number of records is unchanged.</summary>
public sealed class BadInputTests
{
    public static TheoryData<DatabaseProvider, string> Cases()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
            foreach (var name in BadAgreements.Keys)
                data.Add(provider, name);
        return data;
    }

    private static readonly Dictionary<string, (Func<JsonObject> Body, HttpStatusCode Status, string Field)> BadAgreements = new()
    {
        ["malformed UN symbol"] = (() => Payloads.Agreement().With(a => a["citations"]![0]!["symbol"] = "S/RES/banana"), HttpStatusCode.BadRequest, "citations[0].symbol"),
        ["entry into force before signature"] = (() => Payloads.Agreement().With(a => a["entryIntoForceOn"] = "2021-01-01"), HttpStatusCode.BadRequest, "entryIntoForceOn"),
        ["signatory of a non-party body"] = (() => Payloads.Agreement().With(a => a["signatories"]![0]!["body"] = "CSTO"), HttpStatusCode.BadRequest, "signatories[0].body"),
        ["duplicate reference number"] = (() => Payloads.Agreement("reg-2022-0001"), HttpStatusCode.Conflict, "referenceNumber"),
        ["missing title"] = (() => Payloads.Agreement().With(a => a.Remove("title")), HttpStatusCode.BadRequest, "title"),
        ["100 kB title"] = (() => Payloads.Agreement().With(a => a["title"] = new string('x', 100_000)), HttpStatusCode.BadRequest, "title"),
        ["unknown kind"] = (() => Payloads.Agreement().With(a => a["kind"] = "gentlemen-agreement"), HttpStatusCode.BadRequest, "kind"),
        ["action before adoption"] = (() => Payloads.Agreement().With(a => a["parties"]![0]!["actions"]![0]!["date"] = "2020-01-01"), HttpStatusCode.BadRequest, "parties[0].actions[0].date"),
        ["empty party"] = (() => Payloads.Agreement().With(a => a["parties"]![0] = null), HttpStatusCode.BadRequest, "parties[0]"),
        ["commitment without modality"] = (() => Payloads.Agreement().With(a => a["commitments"]![0]!.AsObject().Remove("modality")), HttpStatusCode.BadRequest, "commitments[0].modality"),
        ["relation without type"] = (() => Payloads.Agreement().With(a => a["relations"] = new JsonArray(new JsonObject { ["referenceNumber"] = "REG-2022-0001" })), HttpStatusCode.BadRequest, "relations[0].type"),
        ["action without date"] = (() => Payloads.Agreement().With(a => a["parties"]![0]!["actions"]![0]!.AsObject().Remove("date")), HttpStatusCode.BadRequest, "parties[0].actions[0].date"),
        ["NUL in the title"] = (() => Payloads.Agreement().With(a => a["title"] = "Joint\u0000Position"), HttpStatusCode.BadRequest, "title"),
    };

    [Theory, MemberData(nameof(Cases))]
    public async Task A_bad_agreement_is_refused_naming_the_field(DatabaseProvider provider, string name)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();
        var (body, status, field) = BadAgreements[name];

        var response = await editor.PostAsJsonAsync("/api/agreements", body());

        await AssertRefused(response, status, field);
        await AssertCount(editor, 1);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Malformed_JSON_is_refused_naming_where(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();

        var broken = await editor.PostAsync("/api/agreements", new StringContent("{\"referenceNumber\": \"X\", \"title\": ", Encoding.UTF8, "application/json"));
        await AssertRefused(broken, HttpStatusCode.BadRequest, "title");
        var wrongType = await editor.PostAsync("/api/agreements", new StringContent("{\"signedOn\": \"16 Feb 2022\"}", Encoding.UTF8, "application/json"));
        await AssertRefused(wrongType, HttpStatusCode.BadRequest, "signedOn");
        await AssertCount(editor, 1);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_garbage_symbol_gets_the_accepted_forms(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();

        var ok = await (await analyst.GetAsync("/api/resolutions/normalize?text=UNSC%20resolution%202354")).ReadJsonAsync();
        Assert.Equal("S/RES/2354 (2017)", ok.GetProperty("symbol").GetString());
        var byName = await (await analyst.GetAsync("/api/resolutions/normalize?text=the%20UN%20Global%20Counter-Terrorism%20Strategy")).ReadJsonAsync();
        Assert.Equal("A/RES/60/288", byName.GetProperty("symbol").GetString());
        var gaOld = await (await analyst.GetAsync("/api/resolutions/normalize?text=General%20Assembly%20resolution%203314%20(XXIX)")).ReadJsonAsync();
        Assert.Equal("A/RES/3314 (XXIX)", gaOld.GetProperty("symbol").GetString());

        var bad = await analyst.GetAsync("/api/resolutions/normalize?text=banana");
        var problem = await AssertRefused(bad, HttpStatusCode.BadRequest, "text");
        Assert.Contains("S/RES/2354 (2017)", problem);
    }

    internal static async Task<string> AssertRefused(HttpResponseMessage response, HttpStatusCode status, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {status}, got {response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonNode.Parse(text)!["errors"]!.AsObject();
        Assert.True(errors.ContainsKey(field), $"errors should name '{field}': {text}");
        return text;
    }

    internal static async Task AssertCount(HttpClient client, int expected) =>
        Assert.Equal(expected, (await (await client.GetAsync("/api/agreements")).ReadJsonAsync()).GetProperty("total").GetInt32());
}
