using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Registry.Web.Dossiers.Printing;

/// <summary>The document information the printer sets: title, author, subject, keywords and creation date.</summary>
public sealed record PdfMetadata(string Title, string Author, string Subject, string Keywords, DateTimeOffset Created);

/// <summary>
/// Appends an incremental update (PDF 1.7 §7.5.6) to Chromium's file: replaced objects, a new information dictionary,
/// an xref section for them and a trailer pointing back to Chromium's (/Prev). Chromium's bytes stay as they are.
/// </summary>
public static partial class PdfUpdate
{
    public static byte[] Append(byte[] pdf, PdfMetadata info, IReadOnlyList<(int Number, int Generation, string Body)> replaced)
    {
        var tail = Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 4096), Math.Min(4096, pdf.Length));
        var end = EndPattern().Match(tail);
        var trailer = tail.LastIndexOf("trailer", StringComparison.Ordinal);
        if (!end.Success || trailer < 0)
            throw new InvalidOperationException("The PDF does not end with a classic trailer and xref table, so its metadata cannot be set.");
        var root = RootPattern().Match(tail, trailer);
        var size = SizePattern().Match(tail, trailer);
        if (!root.Success || !size.Success) throw new InvalidOperationException("The PDF trailer has no /Root or /Size.");

        var infoNumber = int.Parse(size.Groups[1].Value, CultureInfo.InvariantCulture);
        var date = $"(D:{info.Created.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}+00'00')";
        var objects = replaced.Append((infoNumber, 0, PdfTokens.Dictionary(
        [
            ("Title", PdfTokens.Text(info.Title)), ("Author", PdfTokens.Text(info.Author)), ("Subject", PdfTokens.Text(info.Subject)),
            ("Keywords", PdfTokens.Text(info.Keywords)), ("Creator", PdfTokens.Text(info.Author)),
            ("Producer", PdfTokens.Text("Chromium via Registry")), ("CreationDate", date), ("ModDate", date),
        ]))).OrderBy(o => o.Item1).ToList();

        var update = new StringBuilder(pdf[^1] == '\n' ? "" : "\n");
        var offsets = new List<(int Number, int Generation, long Offset)>();
        foreach (var (number, generation, body) in objects)
        {
            offsets.Add((number, generation, pdf.Length + update.Length));
            update.Append($"{number} {generation} obj\n{body}\nendobj\n");
        }
        var xrefAt = pdf.Length + update.Length;
        update.Append("xref\n0 1\n0000000000 65535 f \n");
        foreach (var (number, generation, offset) in offsets) update.Append($"{number} 1\n{offset:D10} {generation:D5} n \n");
        update.Append($"trailer\n<< /Size {infoNumber + 1} /Root {root.Groups[1].Value} R /Info {infoNumber} 0 R /Prev {end.Groups[1].Value} >>\n")
            .Append($"startxref\n{xrefAt}\n%%EOF\n");
        return [.. pdf, .. Encoding.Latin1.GetBytes(update.ToString())];
    }

    [GeneratedRegex(@"startxref\s+(\d+)\s+%%EOF\s*$")]
    private static partial Regex EndPattern();
    [GeneratedRegex(@"/Root\s+(\d+\s+\d+)\s+R")]
    private static partial Regex RootPattern();
    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();
}
