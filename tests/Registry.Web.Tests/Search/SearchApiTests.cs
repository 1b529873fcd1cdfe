using System.Net;
using System.Net.Http.Json;
using System.Text;
using Registry.Data.Database;
using Registry.Web.Tests.Infrastructure;

namespace Registry.Web.Tests.Search;

public sealed class SearchApiTests
{
    public static TheoryData<DatabaseProvider, string, string> BadQueries()
    {
        var data = new TheoryData<DatabaseProvider, string, string>();
        foreach (var p in new[] { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql })
            foreach (var (query, field) in new[]
            {
                ("q=%22unbalanced", "q"), ("q=-", "q"), ("q=OR+terrorism", "q"), ("q=ter*ror", "q"), ("q=-terrorism", "q"),
                ("q=" + new string('a', 501), "q"), ("q=the+of", "q"), ("kind=gentlemen-agreement", "kind"), ("page=0", "page"),
                ("pageSize=1000", "pageSize"), ("from=2022-13-01", "from"), ("from=2023-01-01&to=2022-01-01", "to"),
                ("resolution=S%2FRES%2Fbanana", "resolution"), ("modality=maybe", "modality"), ("body=Atlantis", "body"),
                ("q=terrorism&sort=best", "sort"),
            })
                data.Add(p, query, field);
        return data;
    }

    [Theory, MemberData(nameof(BadQueries))]
    public async Task A_malformed_search_is_a_400_naming_the_field(DatabaseProvider provider, string query, string field)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var client = await app.AnalystAsync();
        foreach (var what in new[] { "commitments", "agreements" })
        {
            var response = await client.GetAsync($"/api/search/{what}?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var errors = (await response.ReadJsonAsync()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"{query}: {errors}");
            Assert.DoesNotContain("SQL", messages[0].GetString());
        }
    }

    [Fact]
    public async Task Ten_thousand_random_query_strings_never_give_a_500()
    {
        await using var app = await RegistryApp.StartAsync(DatabaseProvider.Sqlite);
        using var client = await app.AnalystAsync();
        var random = new Random(7);
        const string alphabet = "aeiou trsфнтерорOR-*\"'();:%&|!<>\\/_2354中";
        var codes = new Dictionary<HttpStatusCode, int>();
        for (var i = 0; i < 10_000; i++)
        {
            var q = new string([.. Enumerable.Range(0, random.Next(1, 16)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var response = await client.GetAsync($"/api/search/commitments?pageSize=1&q={Uri.EscapeDataString(q)}");
            codes[response.StatusCode] = codes.GetValueOrDefault(response.StatusCode) + 1;
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{q}: {(int)response.StatusCode}");
        }
        Assert.True(codes.GetValueOrDefault(HttpStatusCode.OK) > 1_000 && codes.GetValueOrDefault(HttpStatusCode.BadRequest) > 1_000,
            string.Join(", ", codes.Select(c => $"{c.Key}: {c.Value}")));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.PostgreSql)]
    public async Task The_CSV_export_holds_every_hit_in_order_and_reads_back_the_same(DatabaseProvider provider)
    {
        await using var app = await RegistryApp.StartAsync(provider);
        using var editor = await app.EditorAsync();
        var russian = Payloads.Agreement("TEST-RU-1").With(a => a["commitments"]![0]!["text"] =
            "Стороны обязуются противодействовать терроризму, в том числе \"кибертерроризму\",\r\nи его финансированию.");
        (await editor.PostAsJsonAsync("/api/agreements", russian)).EnsureSuccessStatusCode();
        using var client = await app.AnalystAsync();

        var pages = new List<System.Text.Json.JsonElement>();
        for (var page = 1; ; page++)
        {
            var json = await (await client.GetAsync($"/api/search/commitments?q=terrorism+OR+терроризм&pageSize=3&page={page}")).ReadJsonAsync();
            pages.AddRange(json.GetProperty("items").EnumerateArray());
            if (pages.Count >= json.GetProperty("total").GetInt32()) break;
        }
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/search/commitments?q=terrorism+OR+терроризм")
        { Headers = { { "Accept", "text/csv" } } });
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);   // the BOM that tells Excel it is UTF-8
        var rows = Csv.Parse(Encoding.UTF8.GetString(bytes[3..]));

        Assert.Equal(["commitmentId", "agreementId", "referenceNumber", "agreementTitle", "signedOn", "bodies", "modality", "text"], rows[0]);
        Assert.Equal(pages.Count, rows.Count - 1);
        Assert.True(pages.Count >= 4, $"{pages.Count} hits");
        for (var i = 0; i < pages.Count; i++)
        {
            Assert.Equal(pages[i].GetProperty("commitmentId").GetInt32().ToString(), rows[i + 1][0]);
            Assert.Equal(pages[i].GetProperty("text").GetString(), rows[i + 1][7]);
        }
        Assert.Contains(rows, r => r[7].Contains("\"кибертерроризму\",\r\nи"));
        var same = await client.GetAsync("/api/search/commitments?q=terrorism+OR+терроризм&format=csv");
        Assert.Equal(bytes, await same.Content.ReadAsByteArrayAsync());
    }
}

/// <summary>An RFC 4180 reader, written apart from the writer so that a fault in one is not mirrored in the other.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString()); field.Clear();
                rows.Add([.. row]); row.Clear();
                i++;
            }
            else field.Append(c);
        }
        if (field.Length > 0 || row.Count > 0) { row.Add(field.ToString()); rows.Add([.. row]); }
        return rows;
    }
}
