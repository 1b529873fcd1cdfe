namespace Registry.Domain.Search;

/// <summary>How text breaks into searchable words, the same way for queries and for indexed text.</summary>
public static class SearchText
{
    /// <summary>Runs of letters and digits, lower-cased; everything else separates words.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant().Replace('ё', 'е'));
                start = -1;
            }
        }
        return words;
    }
}
