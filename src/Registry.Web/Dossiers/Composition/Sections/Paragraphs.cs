namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>Splits stored text into paragraphs at line breaks; blank lines between them are dropped.</summary>
public static class Paragraphs
{
    public static IEnumerable<string> Of(string? text) =>
        string.IsNullOrWhiteSpace(text) ? []
        : text.Replace("\r\n", "\n").Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0);
}
