using System.Text;

namespace Registry.Data.Generation.Texts;

/// <summary>Russian names in Latin letters, as passports write them (ICAO 9303, simplified).</summary>
public static class Transliteration
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['ж'] = "zh",
        ['з'] = "z", ['и'] = "i", ['й'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o",
        ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts",
        ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = "ie", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "iu",
        ['я'] = "ia",
    };

    public static string ToLatin(string cyrillic)
    {
        var sb = new StringBuilder(cyrillic.Length + 8);
        foreach (var c in cyrillic)
        {
            var lower = char.ToLowerInvariant(c);
            if (!Letters.TryGetValue(lower, out var latin)) { sb.Append(c); continue; }
            sb.Append(c != lower && latin.Length > 0 ? char.ToUpperInvariant(latin[0]) + latin[1..] : latin);
        }
        return sb.ToString();
    }
}
