using System.Net;
using Registry.Data.Database;
using Registry.Testing;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Api;

public sealed class ReferenceRecordTests
{
    [Theory, MemberData(nameof(Providers.Live), MemberType = typeof(Providers))]
    public async Task An_analyst_finds_the_sample_record_loaded_on_first_start(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var analyst = await app.AnalystAsync();

        var list = await (await analyst.GetAsync("/api/agreements?q=Joint%20Position")).ReadJsonAsync();
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        var id = list.GetProperty("items")[0].GetProperty("id").GetInt32();

        var response = await analyst.GetAsync($"/api/agreements/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var r = await response.ReadJsonAsync();
        Assert.Equal("joint-position", r.GetProperty("kind").GetString());
        Assert.Equal("2022-02-16", r.GetProperty("signedOn").GetString());
        Assert.Equal("Moscow", r.GetProperty("place").GetProperty("city").GetString());
        Assert.Equal(3, r.GetProperty("parties").GetArrayLength());
        var signatories = r.GetProperty("signatories").EnumerateArray()
            .Select(s => $"{s.GetProperty("person").GetString()} | {s.GetProperty("position").GetString()}").ToList();
        Assert.Equal(
        [
            "Ruslan Mirzaev | Director of the Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization",
            "Yevgeny Sysoyev | Head of the Anti-Terrorist Center of the Commonwealth of Independent States",
            "Stanislav Zas | Secretary General of the Collective Security Treaty Organization",
        ], signatories);
        Assert.Equal(["S/RES/2354 (2017)", "A/RES/60/288"],
            r.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("symbol").GetString()));
        Assert.Equal(7, r.GetProperty("commitments").GetArrayLength());
    }
}
