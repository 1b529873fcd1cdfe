using System.Globalization;
using System.Text.Json;

namespace Registry.Web.Dossiers.Composition;

/// <summary>
/// Values in words as the dossier prints them: always English and culture-free, so the same record gives the same
/// text whichever thread or request culture prints it.
/// </summary>
public static class DossierWords
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>JointPosition → "Joint position"; "amended-by" → "Amended by".</summary>
    public static string Of<T>(T? value) where T : struct, Enum => value is { } v ? Of(v) : "";

    public static string Of<T>(T value) where T : struct, Enum => Of(JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()));

    public static string Of(string kebab) => kebab.Length == 0 ? "" : char.ToUpperInvariant(kebab[0]) + kebab[1..].Replace('-', ' ');

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", English) ?? "";

    /// <summary>"5 Sept 2022": for narrow table columns, where the full month name would push the year onto a line of its own.</summary>
    public static string ShortDate(DateOnly? date) => date?.ToString("d MMM yyyy", English) ?? "";

    /// <summary>Dates such as "5 September 2022" with no-break spaces, for headings, so a line never ends inside one.</summary>
    public static string KeepDatesTogether(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"\b(\d{1,2}) ([A-Z][a-z]+) (\d{4})\b", "$1\u00a0$2\u00a0$3");

    public static string Moment(DateTime at) => at.ToUniversalTime().ToString("d MMMM yyyy, HH:mm 'UTC'", English);

    public static string Number(long n) => n.ToString("N0", English);

    public static string Language(string code)
    {
        try { return CultureInfo.GetCultureInfo(code.Trim()).EnglishName; }
        catch (CultureNotFoundException) { return code; }
    }

    public static string Bytes(long size) => size switch
    {
        < 1024 => $"{Number(size)} bytes",
        < 1024 * 1024 => $"{(size / 1024.0).ToString("0.#", English)} KB ({Number(size)} bytes)",
        _ => $"{(size / 1048576.0).ToString("0.#", English)} MB ({Number(size)} bytes)",
    };

    public static string Place(Registry.Data.Agreements.PlaceDto? place) =>
        place is null ? "" : string.Join(", ", new[] { place.Venue, place.City, place.Country }.Where(x => !string.IsNullOrWhiteSpace(x)));
}
