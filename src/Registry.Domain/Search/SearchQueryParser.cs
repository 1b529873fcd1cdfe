using Registry.Domain.Common;

namespace Registry.Domain.Search;

internal sealed class SearchQueryParser(List<SearchToken> tokens, string field)
{
    private readonly List<SearchGroup> _required = [];
    private readonly List<SearchTerm> _excluded = [];

    public SearchQuery Parse()
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Or)
            {
                if (i == 0 || i == tokens.Count - 1 || tokens[i + 1].Kind == TokenKind.Or || tokens[i - 1].Negated || tokens[i + 1].Negated)
                    throw Error("OR stands between two words or phrases to find, e.g. terrorism OR extremism.");
                var previous = _required[^1];
                _required[^1] = new SearchGroup([.. previous.Alternatives, Term(tokens[++i])]);
                continue;
            }
            if (token.Negated) _excluded.Add(Term(token));
            else _required.Add(new SearchGroup([Term(token)]));
        }
        if (_required.Count == 0) throw Error($"there is nothing to find, only words to exclude. Add a word to look for: {SearchQuery.Syntax}.");
        if (_required.Sum(g => g.Alternatives.Count) + _excluded.Count > SearchQuery.MaxTerms)
            throw Error($"at most {SearchQuery.MaxTerms} words or phrases are accepted.");
        return new SearchQuery(_required, _excluded);
    }

    private SearchTerm Term(SearchToken token)
    {
        var parts = SearchText.Words(token.Text);
        if (token.Kind == TokenKind.Phrase)
        {
            if (parts.Count == 0) throw Error("the quoted phrase has no words in it.");
            if (token.Text.Contains('*')) throw Error("a * (prefix) cannot stand inside a quoted phrase.");
            return new SearchTerm([.. parts.Select(p => new SearchWord(p, false))]);
        }
        var prefix = token.Text.EndsWith('*');
        if (token.Text.TrimEnd('*').Contains('*')) throw Error($"'{token.Text}': a * may only end a word, e.g. terror*.");
        if (parts.Count == 0) throw Error($"'{token.Text}' has no letters or digits to look for.");
        if (prefix && (parts.Count > 1 || parts[0].Length < 2)) throw Error($"'{token.Text}': a prefix needs at least two letters before the *, in one word.");
        // "anti-terrorist" is searched as the phrase it indexes as.
        return new SearchTerm([.. parts.Select((p, i) => new SearchWord(p, prefix && i == parts.Count - 1))]);
    }

    private DomainException Error(string message) => new(field, $"{field}: {message}");
}
