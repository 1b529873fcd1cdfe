using System.Text;
using Registry.Domain.Common;

namespace Registry.Domain.Search;

internal enum TokenKind { Word, Phrase, Or, Minus }

internal sealed record SearchToken(TokenKind Kind, string Text, bool Negated = false);

/// <summary>Splits the raw query into words, quoted phrases, OR and exclusion marks.</summary>
internal static class SearchTokenizer
{
    public static List<SearchToken> Split(string text, string field)
    {
        var tokens = new List<SearchToken>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var negated = false;
            if (c == '-')
            {
                if (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]))
                    throw new DomainException(field, $"{field}: a '-' must stand right before the word or \"phrase\" to exclude, e.g. -extremism.");
                negated = true;
                i++;
                c = text[i];
            }
            if (c == '"')
            {
                var end = text.IndexOf('"', i + 1);
                if (end < 0) throw new DomainException(field, $"{field}: a quotation mark is not closed. Put the exact phrase between two \" marks.");
                tokens.Add(new SearchToken(TokenKind.Phrase, text[(i + 1)..end], negated));
                i = end + 1;
                continue;
            }
            var word = new StringBuilder();
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"') word.Append(text[i++]);
            var w = word.ToString();
            tokens.Add(!negated && w == "OR" ? new SearchToken(TokenKind.Or, w) : new SearchToken(TokenKind.Word, w, negated));
        }
        return tokens;
    }
}
