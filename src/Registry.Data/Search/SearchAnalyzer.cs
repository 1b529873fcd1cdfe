using System.Reflection;
using Lucene.Net.Tartarus.Snowball.Ext;
using Registry.Domain.Search;

namespace Registry.Data.Search;

/// <summary>
/// Turns text into the stems both full-text engines index, so a query finds the same records on SQLite and on
/// PostgreSQL: Snowball English for Latin words and Snowball Russian for Cyrillic ones, the stemmers and stop
/// words of PostgreSQL's own "russian" configuration ("commitments" → commit, "терроризму" → терроризм).
/// </summary>
public static class SearchAnalyzer
{
    private static readonly HashSet<string> StopWords = [.. Load("english.stop"), .. Load("russian.stop")];

    /// <summary>The stems of the text's words, in order, stop words left out.</summary>
    public static IEnumerable<string> Stems(string? text) =>
        string.IsNullOrEmpty(text) ? [] : SearchText.Words(text).Where(w => !StopWords.Contains(w)).Select(Stem);

    /// <summary>The indexed form of a text: its stems separated by spaces.</summary>
    public static string Index(params string?[] texts) => string.Join(' ', texts.SelectMany(Stems));

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    public static string Stem(string word)
    {
        if (word.Length < 3 || word.Any(char.IsDigit)) return word;
        // A stemmer keeps its word between calls, so each thread has its own.
        if (word.Any(c => c is >= 'а' and <= 'я'))
        {
            var ru = _russian ??= new RussianStemmer();
            ru.SetCurrent(word);
            ru.Stem();
            return ru.Current;
        }
        var en = _english ??= new EnglishStemmer();
        en.SetCurrent(word);
        en.Stem();
        return en.Current;
    }

    [ThreadStatic] private static RussianStemmer? _russian;
    [ThreadStatic] private static EnglishStemmer? _english;

    private static IEnumerable<string> Load(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Registry.Data.Search.{name}")
            ?? throw new InvalidOperationException($"The stop word list {name} is not embedded.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.ToLowerInvariant().Replace('ё', 'е'))];
    }
}
