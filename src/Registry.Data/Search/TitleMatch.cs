using Registry.Data.Search.Index;

namespace Registry.Data.Search;

/// <summary>
/// Whether an agreement's titles (in any language) or reference number hold the query: each required group has a term
/// whose stems are all there. A title says what an agreement is about, so agreement search ranks title hits above
/// hits in a summary or a full text. Prefix terms match written words, which the facts do not keep: a group of them
/// counts neither way.
/// </summary>
public sealed class TitleMatch(IndexQuery query)
{
    private readonly int[][][] _groups = [.. query.Required.Where(g => g.All(t => t.Column == IndexColumn.Stems))
        .Select(g => g.Select(t => t.Tokens.Select(Hash).ToArray()).ToArray())];

    public bool In(int[] titleStems) =>
        _groups.Length > 0 && _groups.All(g => g.Any(term => term.All(stem => Array.BinarySearch(titleStems, stem) >= 0)));

    /// <summary>The stems of <see cref="SearchDocument.Stems"/> as sorted hashes: a fraction of the memory of the strings.</summary>
    public static int[] Of(string stems) => [.. stems.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Hash).Distinct().Order()];

    private static int Hash(string stem) => StringComparer.Ordinal.GetHashCode(stem);
}
