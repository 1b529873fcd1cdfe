using System.Globalization;
using Registry.Web.Infrastructure;

namespace Registry.Web.Ui;

/// <summary>
/// The UI's words. Markup is written in English and looked up here for Russian, gettext style, so a page never
/// shows a bare key and a missing translation falls back to readable English.
/// </summary>
public static class Text
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");
    public static readonly CultureInfo[] Cultures = [English, Russian];

    public static bool IsRussian => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ru";
    public static string Language => IsRussian ? "ru" : "en";

    public static string L(string english) => IsRussian && RussianWords.Map.TryGetValue(english, out var ru) ? ru : english;

    /// <summary>An enum value in words: JointPosition → "Joint position" / "Совместная позиция".</summary>
    public static string L<T>(T value) where T : struct, Enum => L(Words(EnumText.Name(value)));

    public static string L<T>(T? value) where T : struct, Enum => value is { } v ? L(v) : "";

    /// <summary>"entry-into-force" → "Entry into force".</summary>
    public static string Words(string kebab) => kebab.Length == 0 ? "" : char.ToUpperInvariant(kebab[0]) + kebab[1..].Replace('-', ' ');

    /// <summary>Dates in the reader's language: "16 February 2022", "16 февраля 2022".</summary>
    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.CurrentCulture) ?? "";

    public static string Moment(DateTime? at) =>
        at?.ToString("d MMMM yyyy, HH:mm 'UTC'", CultureInfo.CurrentCulture) ?? "";

    public static string Number(long n) => n.ToString("N0", CultureInfo.CurrentCulture);
}
