using Registry.Domain.Common;

namespace Registry.Domain.Search;

/// <summary>
/// A search an analyst keeps under a name: the search page's query string (what, q and the filters), so opening it
/// runs the same search again. It belongs to one user, who alone sees and deletes it.
/// </summary>
public sealed class SavedSearch : Entity
{
    public const int MaxNameLength = 200;
    public const int MaxQueryLength = Lengths.Url;

    private SavedSearch() { }

    /// <summary>The id of the user who saved it.</summary>
    public int OwnerId { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>A query string without the leading '?', e.g. "what=commitments&amp;q=terrorism&amp;body=3".</summary>
    public string Query { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    public static SavedSearch Create(int ownerId, string? name, string? query, DateTime now)
    {
        if (ownerId < 1) throw new DomainException("ownerId", "ownerId must name a user.");
        return new SavedSearch
        {
            OwnerId = ownerId,
            Name = Guard.Required(name, "name", MaxNameLength),
            Query = QueryString(query),
            CreatedAt = now,
        };
    }

    private static string QueryString(string? query)
    {
        var text = Guard.Required(query?.Trim().TrimStart('?'), "query", MaxQueryLength);
        // It is shown as the link "/search?" + query: a fragment or a space would cut or break that link.
        if (text.IndexOfAny(['#', ' ', '\t', '\r', '\n']) >= 0)
            throw new DomainException("query", "query must be a URL query string such as \"what=commitments&q=terrorism\", encoded, without '#' or spaces.");
        return text;
    }
}
