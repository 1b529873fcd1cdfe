using Registry.Domain.Common;
using Registry.Domain.Search;

namespace Registry.Data.Search.Index;

public enum IndexColumn { Stems, Words }

/// <summary>One thing to look up in the index: a stem, a run of stems, or written words ending in a prefix.</summary>
public sealed record IndexTerm(IndexColumn Column, IReadOnlyList<string> Tokens, bool Prefix);

/// <summary>
/// An analyst's query as the index sees it: stems instead of words, stop words gone. Each provider writes it in its
/// own syntax (FTS5 MATCH, tsquery, CONTAINS), always as a parameter, never spliced into SQL.
/// </summary>
public sealed record IndexQuery(IReadOnlyList<IReadOnlyList<IndexTerm>> Required, IReadOnlyList<IndexTerm> Excluded)
{
    public static IndexQuery From(SearchQuery query, string field = "q")
    {
        var required = new List<IReadOnlyList<IndexTerm>>();
        foreach (var group in query.Required)
        {
            var terms = group.Alternatives.Select(Term).ToList();
            // "the OR terrorism": a stop word matches everything, and so does the group.
            if (terms.Any(t => t is null)) continue;
            required.Add([.. terms.OfType<IndexTerm>().Distinct(Comparer)]);
        }
        if (required.Count == 0)
            throw new DomainException(field, $"{field}: '{string.Join(' ', query.Words.Select(w => w.Text))}' has only words too common to index (such as the, of, и). Add a more telling word.");
        return new IndexQuery(required, [.. query.Excluded.Select(Term).OfType<IndexTerm>()]);
    }

    private static IndexTerm? Term(SearchTerm term)
    {
        if (term.Words.Any(w => w.IsPrefix))
            return new IndexTerm(IndexColumn.Words,
                [.. term.Words.Where(w => w.IsPrefix || !SearchAnalyzer.IsStopWord(w.Text)).Select(w => w.Text)], Prefix: true);
        var stems = term.Words.Where(w => !SearchAnalyzer.IsStopWord(w.Text)).Select(w => SearchAnalyzer.Stem(w.Text)).ToList();
        return stems.Count == 0 ? null : new IndexTerm(IndexColumn.Stems, stems, Prefix: false);
    }

    private static readonly IEqualityComparer<IndexTerm> Comparer = EqualityComparer<IndexTerm>.Create(
        (a, b) => a!.Column == b!.Column && a.Prefix == b.Prefix && a.Tokens.SequenceEqual(b.Tokens),
        t => HashCode.Combine(t.Column, t.Prefix, string.Join(' ', t.Tokens)));
}
