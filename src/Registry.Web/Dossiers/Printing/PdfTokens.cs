using System.Globalization;
using System.Text;
using UglyToad.PdfPig.Tokens;

namespace Registry.Web.Dossiers.Printing;

/// <summary>Writes PdfPig tokens back as PDF syntax: enough for the outline items and the info dictionary.</summary>
public static class PdfTokens
{
    /// <summary>A PDF text string: UTF-16BE with its byte order mark, in hex, so any script survives.</summary>
    public static string Text(string value) => "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    public static string Write(IToken token) => token switch
    {
        NameToken name => Name(name.Data),
        NumericToken number => number.Data.ToString("0.#####", CultureInfo.InvariantCulture),
        IndirectReferenceToken reference => $"{reference.Data.ObjectNumber} {reference.Data.Generation} R",
        BooleanToken boolean => boolean.Data ? "true" : "false",
        NullToken => "null",
        StringToken text => Text(text.Data),
        HexToken hex => "<" + Convert.ToHexString([.. hex.Bytes]) + ">",
        ArrayToken array => "[" + string.Join(" ", array.Data.Select(Write)) + "]",
        DictionaryToken dictionary => Dictionary(dictionary.Data.Select(p => (p.Key, Write(p.Value)))),
        _ => throw new NotSupportedException($"A {token.GetType().Name} cannot be written back."),
    };

    public static string Dictionary(IEnumerable<(string Key, string Value)> entries) =>
        "<< " + string.Concat(entries.Select(e => $"{Name(e.Key)} {e.Value} ")) + ">>";

    private static string Name(string name)
    {
        var pdf = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(name))
            pdf.Append(b is > 0x20 and < 0x7F && !"#/()<>[]{}%".Contains((char)b) ? ((char)b).ToString() : $"#{b:X2}");
        return pdf.ToString();
    }
}
