using System.Text;

namespace Registry.Data.Search.Index;

/// <summary>
/// What the full-text engines store for one commitment or agreement: its stems and its words as written, stop words
/// left out of both, so the n-th stem and the n-th word are the same word. Words and phrases match stems
/// ("commitments" finds "commitment"); a prefix matches the words as written ("terroris*" finds "terrorism").
/// </summary>
public sealed record SearchDocument(int Id, string Stems, string Words, int Length)
{
    public static SearchDocument Of(int id, params string?[] texts)
    {
        var stems = new StringBuilder();
        var words = new StringBuilder();
        var length = 0;
        foreach (var text in texts)
        {
            if (string.IsNullOrEmpty(text)) continue;
            foreach (var word in Domain.Search.SearchText.Words(text))
            {
                if (SearchAnalyzer.IsStopWord(word)) continue;
                if (length++ > 0) { stems.Append(' '); words.Append(' '); }
                stems.Append(SearchAnalyzer.Stem(word));
                words.Append(word);
            }
        }
        return new SearchDocument(id, stems.ToString(), words.ToString(), length);
    }

    /// <summary>
    /// PostgreSQL's tsvector input: each stem and, marked with '=', each written word, at its position. It is cast
    /// with ::tsvector rather than built by to_tsvector, so PostgreSQL indexes exactly the tokens SQLite does.
    /// </summary>
    public string TsVector()
    {
        if (Length == 0) return "";
        var positions = new Dictionary<string, List<int>>();
        void Add(string lexeme, int position)
        {
            if (!positions.TryGetValue(lexeme, out var list)) positions[lexeme] = list = [];
            // PostgreSQL keeps 256 positions per lexeme and none beyond 16,383.
            if (list.Count < 256) list.Add(Math.Min(position, MaxPosition));
        }
        var stems = Stems.Split(' ');
        var words = Words.Split(' ');
        for (var i = 0; i < stems.Length; i++)
        {
            Add(stems[i], i + 1);
            Add(WordMark + words[i], i + 1);
        }
        return string.Join(' ', positions.Select(p => $"'{p.Key}':{string.Join(',', p.Value.Distinct())}"));
    }

    public const char WordMark = '=';
    private const int MaxPosition = 16_383;
}
