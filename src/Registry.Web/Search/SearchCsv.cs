using System.Text;
using Registry.Data.Search;
using Registry.Web.Infrastructure;

namespace Registry.Web.Search;

/// <summary>
/// RFC 4180 CSV, streamed a chunk at a time so memory stays flat however many rows there are. UTF-8 with a byte
/// order mark, which is what makes Excel read Cyrillic and Chinese correctly.
/// </summary>
public static class SearchCsv
{
    public static readonly (string Name, Func<CommitmentHit, string?> Value)[] CommitmentColumns =
    [
        ("commitmentId", h => h.CommitmentId.ToString()), ("agreementId", h => h.AgreementId.ToString()),
        ("referenceNumber", h => h.ReferenceNumber), ("agreementTitle", h => h.AgreementTitle),
        ("signedOn", h => h.SignedOn?.ToString("yyyy-MM-dd")), ("bodies", h => string.Join("; ", h.Bodies)),
        ("modality", h => EnumText.Name(h.Modality)), ("text", h => h.Text),
    ];

    public static readonly (string Name, Func<AgreementHit, string?> Value)[] AgreementColumns =
    [
        ("agreementId", h => h.AgreementId.ToString()), ("referenceNumber", h => h.ReferenceNumber), ("title", h => h.Title),
        ("kind", h => EnumText.Name(h.Kind)), ("signedOn", h => h.SignedOn?.ToString("yyyy-MM-dd")),
        ("bodies", h => string.Join("; ", h.Bodies)),
    ];

    public static async Task WriteAsync<T>(HttpContext http, string what, IAsyncEnumerable<T> hits,
        (string Name, Func<T, string?> Value)[] columns, CancellationToken ct)
    {
        await using var rows = hits.GetAsyncEnumerator(ct);
        // The first hit is read before anything is written, so a bad query still gets its 400.
        var any = await rows.MoveNextAsync();
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{what}-{DateTime.UtcNow:yyyy-MM-dd}.csv\"";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 64 * 1024);
        await writer.WriteAsync(Line(columns.Select(c => c.Name)));
        for (var n = 1; any; any = await rows.MoveNextAsync(), n++)
        {
            await writer.WriteAsync(Line(columns.Select(c => c.Value(rows.Current))));
            if (n % 500 == 0) await writer.FlushAsync(ct);
        }
    }

    public static string Line(IEnumerable<string?> fields) => string.Join(',', fields.Select(Field)) + "\r\n";

    private static string Field(string? value) =>
        string.IsNullOrEmpty(value) ? ""
        : value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
