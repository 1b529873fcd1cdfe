using System.Globalization;
using static Registry.Web.Ui.Text;

namespace Registry.Web.Agreements.Pages;

/// <summary>Language codes ("ru", "zh") in words, in the reader's language.</summary>
public static class Languages
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = "English", ["ru"] = "Russian", ["zh"] = "Chinese", ["fr"] = "French", ["es"] = "Spanish", ["ar"] = "Arabic",
        ["kk"] = "Kazakh", ["ky"] = "Kyrgyz", ["tg"] = "Tajik", ["uz"] = "Uzbek", ["hy"] = "Armenian", ["be"] = "Belarusian",
        ["az"] = "Azerbaijani", ["ro"] = "Romanian", ["hi"] = "Hindi", ["ur"] = "Urdu", ["fa"] = "Persian",
    };

    public static string Name(string code) => Known.TryGetValue(code.Trim(), out var english) ? L(english) : Other(code);

    private static string Other(string code)
    {
        try { return CultureInfo.GetCultureInfo(code.Trim()).EnglishName; }
        catch (CultureNotFoundException) { return code; }
    }
}
