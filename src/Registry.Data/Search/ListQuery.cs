using Registry.Data.Search.Index;
using Registry.Domain.Search;

namespace Registry.Data.Search;

/// <summary>
/// The agreements list's text box, answered from the agreement search index: the same syntax, but each word also
/// finds the words it begins ("terror" finds "terrorist", "reg-2022" finds REG-2022-0001), as people type in a filter.
/// </summary>
public static class ListQuery
{
    public static IndexQuery Parse(string text)
    {
        var query = SearchQuery.Parse(text);
        return IndexQuery.From(query with
        {
            Required = [.. query.Required.Select(g => new SearchGroup([.. g.Alternatives.Select(Open)]))],
        });
    }

    private static SearchTerm Open(SearchTerm term) =>
        new([.. term.Words.Select((w, i) => i == term.Words.Count - 1 && w.Text.Length >= 2 ? w with { IsPrefix = true } : w)]);
}
