namespace Registry.Web.Bodies.Pages;

/// <summary>The language to mark a name or title with, read from its script, so screen readers pronounce it right.</summary>
public static class Script
{
    /// <summary>"ru" for Cyrillic, "zh" for Chinese, null for text in the page's own script.</summary>
    public static string? LangOf(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Any(c => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF')) return "zh";
        var cyrillic = text.Any(c => c is >= '\u0400' and <= '\u04FF');
        return cyrillic && !Ui.Text.IsRussian ? "ru" : !cyrillic && Ui.Text.IsRussian && text.Any(char.IsLetter) ? "en" : null;
    }
}
