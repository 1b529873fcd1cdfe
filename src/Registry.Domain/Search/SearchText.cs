namespace Registry.Domain.Search;

/// <summary>A word found in a text: where it stands, and its searchable form.</summary>
public readonly record struct WordSpan(int Start, int Length, string Word);

/// <summary>How text breaks into searchable words, the same way for queries and for indexed text.</summary>
public static class SearchText
{
    /// <summary>Longer runs are cut: PostgreSQL refuses lexemes over 2,047 bytes, and no real word is this long.</summary>
    public const int MaxWordLength = 64;

    /// <summary>
    /// Runs of letters and digits, lower-cased; everything else separates words. Chinese and Japanese write no
    /// spaces, so each of their characters is a word of its own and a quoted phrase finds a run of them.
    /// </summary>
    public static List<string> Words(string text) => [.. Spans(text).Select(s => s.Word)];

    public static IEnumerable<WordSpan> Spans(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            var inWord = char.IsLetterOrDigit(c) && !IsIdeograph(c);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return Span(text, start, i);
                start = -1;
            }
            if (IsIdeograph(c)) yield return Span(text, i, i + 1);
        }
    }

    private static WordSpan Span(string text, int start, int end) =>
        new(start, end - start, text[start..Math.Min(end, start + MaxWordLength)].ToLowerInvariant().Replace('ё', 'е'));

    private static bool IsIdeograph(char c) =>
        c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';
}
