using System.Net;
using System.Text;
using Registry.Data.Search.Index;

namespace Registry.Data.Search;

/// <summary>Marks the words a query matched, by the same rules the index matched them: stems, or written prefixes.</summary>
public sealed class Highlighter(IndexQuery? query)
{
    private readonly HashSet<string> _stems = query is null ? [] : [.. Terms(query, IndexColumn.Stems).SelectMany(t => t.Tokens)];
    private readonly List<(string Text, bool Prefix)> _words = query is null ? []
        : [.. Terms(query, IndexColumn.Words).SelectMany(t => t.Tokens.Select((k, i) => (k, t.Prefix && i == t.Tokens.Count - 1)))];

    public bool Matches(string word) =>
        _stems.Contains(SearchAnalyzer.Stem(word)) || _words.Any(w => w.Prefix ? word.StartsWith(w.Text, StringComparison.Ordinal) : word == w.Text);

    /// <summary>The text, HTML-escaped, cut to about <paramref name="width"/> characters around the first match.</summary>
    public string Snippet(string text, int width = 280)
    {
        var spans = Domain.Search.SearchText.Spans(text).Where(s => Matches(s.Word)).ToList();
        var start = 0;
        var end = text.Length;
        if (text.Length > width)
        {
            start = spans.Count == 0 ? 0 : Math.Max(0, spans[0].Start - width / 4);
            while (start > 0 && !char.IsWhiteSpace(text[start - 1])) start--;
            end = Math.Min(text.Length, start + width);
            while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        }
        var html = new StringBuilder(start > 0 ? "… " : "");
        var at = start;
        foreach (var (s, length, _) in spans.Where(s => s.Start >= start && s.Start + s.Length <= end))
        {
            html.Append(WebUtility.HtmlEncode(text[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(s, length))).Append("</mark>");
            at = s + length;
        }
        html.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length) html.Append(" …");
        return html.ToString();
    }

    private static IEnumerable<IndexTerm> Terms(IndexQuery q, IndexColumn column) => q.Required.SelectMany(g => g).Where(t => t.Column == column);
}
