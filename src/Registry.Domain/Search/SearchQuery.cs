using Registry.Domain.Common;

namespace Registry.Domain.Search;

/// <summary>A word to match: as typed (lower-cased), and whether it is a prefix ("terror*").</summary>
public sealed record SearchWord(string Text, bool IsPrefix);

/// <summary>One term of a query: a single word, or several that must follow each other ("exact phrase").</summary>
public sealed record SearchTerm(IReadOnlyList<SearchWord> Words)
{
    public bool IsPhrase => Words.Count > 1;
}

/// <summary>Terms joined by OR; a query matches when each of its required groups has a match and no excluded term does.</summary>
public sealed record SearchGroup(IReadOnlyList<SearchTerm> Alternatives);

/// <summary>
/// An analyst's query in the syntax analysts know: words (all must match), "exact phrase", OR, -excluded, prefix*.
/// Parsing is all or nothing: a malformed query is refused with a message that says what to fix.
/// </summary>
public sealed record SearchQuery(IReadOnlyList<SearchGroup> Required, IReadOnlyList<SearchTerm> Excluded)
{
    public const int MaxLength = 500;
    public const int MaxTerms = 32;
    public const string Syntax = "words (all must match), \"exact phrase\", a OR b, -excluded, prefix*";

    /// <summary>Every word the query looks for, for highlighting.</summary>
    public IEnumerable<SearchWord> Words => Required.SelectMany(g => g.Alternatives).SelectMany(t => t.Words);

    public static SearchQuery Parse(string? text, string field = "q")
    {
        if (string.IsNullOrWhiteSpace(text)) throw new DomainException(field, $"{field} is empty. Write what to look for: {Syntax}.");
        if (text.Length > MaxLength) throw new DomainException(field, $"{field} is {text.Length} characters long; at most {MaxLength} are accepted.");
        if (Guard.HasControlCharacters(text)) throw new DomainException(field, $"{field} contains control characters.");
        return new SearchQueryParser(SearchTokenizer.Split(text, field), field).Parse();
    }
}
