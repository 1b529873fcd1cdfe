using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Api;

public sealed class RobustnessTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_failed_request_rolls_back_what_it_catalogued_on_the_way(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();
        var (resolutions, people) = await Counts(app);

        // A new resolution and a new person are written inside the request before the date rule refuses it.
        var payload = Payloads.Agreement("ROLLBACK-1").With(a =>
        {
            a["citations"] = new JsonArray(new JsonObject { ["symbol"] = "S/RES/2617 (2021)" });
            a["signatories"] = new JsonArray(new JsonObject { ["person"] = "Brand New Person", ["body"] = "CIS ATC" });
            a["entryIntoForceOn"] = "2021-01-01";
        });
        await BadInputTests.AssertRefused(await editor.PostAsJsonAsync("/api/agreements", payload), HttpStatusCode.BadRequest, "entryIntoForceOn");

        Assert.Equal((resolutions, people), await Counts(app));
        payload["entryIntoForceOn"] = null;
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/agreements", payload)).StatusCode);
        Assert.Equal((resolutions + 1, people + 1), await Counts(app));
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task A_one_field_correction_is_one_audit_entry(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();
        var before = JsonNode.Parse(await editor.GetStringAsync("/api/agreements/1/history"))!.AsArray().Count;
        var record = JsonNode.Parse(await editor.GetStringAsync("/api/agreements/1"))!.AsObject();
        record["signatories"]![2]!["position"] = "Secretary General of the CSTO";
        record["correctionReason"] = "shorter title of office";

        Assert.Equal(HttpStatusCode.OK, (await editor.PutAsJsonAsync("/api/agreements/1", record)).StatusCode);

        var added = JsonNode.Parse(await editor.GetStringAsync("/api/agreements/1/history"))!.AsArray().Skip(before).ToList();
        Assert.Equal(["Agreement", "Signatory"], added.Select(h => (string)h!["entityType"]!).Order());
        var after = JsonNode.Parse(await editor.GetStringAsync("/api/agreements/1"))!;
        Assert.Equal(record["signatories"]![0]!["personId"]!.GetValue<int>(), after["signatories"]![0]!["personId"]!.GetValue<int>());
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Catalogue_changes_are_audited_and_names_stay_unambiguous(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();

        var body = await editor.PostAsJsonAsync("/api/bodies", new { name = "Republic of Belarus", abbreviation = "BY", kind = "state", countryCode = "by" });
        Assert.Equal(HttpStatusCode.Created, body.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/people",
            new { fullName = "Ivan Petrov", appointments = new[] { new { body = "BY", position = "Minister" } } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await editor.PostAsJsonAsync("/api/resolutions", new { symbol = "S/RES/2617 (2021)", adoptedOn = "2021-12-30" })).StatusCode);

        await BadInputTests.AssertRefused(await editor.PostAsJsonAsync("/api/bodies", new { name = "Other", abbreviation = "csto", kind = "international-organization" }), HttpStatusCode.Conflict, "abbreviation");
        await BadInputTests.AssertRefused(await editor.PostAsJsonAsync("/api/bodies", new { name = "Other", abbreviation = "OTH", kind = "international-organization", aliases = new[] { "rats sco" } }), HttpStatusCode.Conflict, "aliases[0]");
        await BadInputTests.AssertRefused(await editor.PostAsJsonAsync("/api/bodies", new { name = "No kind", abbreviation = "NK" }), HttpStatusCode.BadRequest, "kind");
        await BadInputTests.AssertRefused(await editor.PostAsJsonAsync("/api/resolutions", new { symbol = "S/RES/2396 (2017)", aliases = new[] { "Global Strategy" } }), HttpStatusCode.Conflict, "symbol");

        await using var db = app.Database.Context();
        var audited = await db.AuditEntries.Where(e => e.User == "editor@test.local").Select(e => e.EntityType).Distinct().ToListAsync();
        Assert.Equivalent(new[] { "SignatoryBody", "Person", "Appointment", "UnResolution" }, audited);
    }

    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task Odd_requests_get_400_not_500(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var admin = await app.ClientAsync(RegistryApp.AdminEmail);

        await BadInputTests.AssertRefused(await admin.PostAsJsonAsync("/api/users", new { email = "x@test.local", password = RegistryApp.Password }), HttpStatusCode.BadRequest, "role");
        await BadInputTests.AssertRefused(await admin.GetAsync("/api/agreements?page=2147483647&pageSize=200"), HttpStatusCode.BadRequest, "page");
        await BadInputTests.AssertRefused(await admin.GetAsync("/api/agreements?pageSize=0"), HttpStatusCode.BadRequest, "pageSize");
        await BadInputTests.AssertRefused(await admin.GetAsync("/api/agreements?kind=novel"), HttpStatusCode.BadRequest, "kind");
        await BadInputTests.AssertRefused(await admin.GetAsync("/api/agreements?from=yesterday"), HttpStatusCode.BadRequest, "from");
        await BadInputTests.AssertRefused(await admin.GetAsync("/api/agreements?q=a%00b"), HttpStatusCode.BadRequest, "q");
        await BadInputTests.AssertRefused(await admin.GetAsync("/api/people?q=%00"), HttpStatusCode.BadRequest, "q");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/agreements/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await admin.PostAsJsonAsync("/api/auth/login", new { email = "a\u0000b", password = "x" })).StatusCode);
    }

    private static async Task<(int Resolutions, int People)> Counts(RegistryApp app)
    {
        await using var db = app.Database.Context();
        return (await db.Resolutions.CountAsync(), await db.People.CountAsync());
    }
}
