using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Registry.Web.Dossiers.Composition;

/// <summary>A heading of the dossier: its anchor, level (1 to 4), text, and whether the contents list it.</summary>
public sealed record Heading(string Id, int Level, string Text, bool InContents);

/// <summary>
/// Writes a dossier's HTML. Every value from a record goes through <see cref="E"/>; headings get stable ids so the
/// contents, the outline and the page references can find them.
/// </summary>
public sealed class DossierWriter(string idPrefix)
{
    // Encodes markup characters only, so Cyrillic and Chinese stay as they are.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly StringBuilder _html = new();
    private readonly List<Heading> _headings = [];

    public IReadOnlyList<Heading> Headings => _headings;

    public static string E(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    /// <summary>A lang attribute for text in another language than the document's English.</summary>
    public static string Lang(string? language) =>
        string.IsNullOrWhiteSpace(language) || language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? "" : $" lang=\"{E(language.Trim())}\"";

    public DossierWriter Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    public DossierWriter Text(string? text) => Raw(E(text));

    /// <summary>An element holding text; without a language given, Chinese or mostly Cyrillic text is marked zh or ru.</summary>
    public DossierWriter Element(string tag, string? text, string? cls = null, string? lang = null) =>
        Raw($"<{tag}{Class(cls)}{Lang(lang ?? Script(text))}>{E(text)}</{tag}>");

    private static string? Script(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        int cyrillic = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF') return "zh";
            if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (char.IsAsciiLetter(c)) latin++;
        }
        return cyrillic > latin ? "ru" : null;
    }

    public string Heading(int level, string text, bool inContents = true, string? cls = null)
    {
        var id = $"{idPrefix}{_headings.Count + 1}";
        _headings.Add(new Heading(id, level, text, inContents));
        Raw($"<h{level} id=\"{id}\"{Class(cls)}{Lang(Script(text))}>{E(text)}</h{level}>");
        return id;
    }

    /// <summary>The page a heading lands on, filled in when the dossier is laid out (see <see cref="PageRefs"/>).</summary>
    public DossierWriter PageOf(string headingId) => Raw(PageRefs.Token(headingId));

    public DossierWriter None(string what) => Raw($"<p class=\"none\">{E(what)}</p>");

    public override string ToString() => _html.ToString();

    private static string Class(string? cls) => cls is null ? "" : $" class=\"{cls}\"";
}
