namespace Registry.Data.Search.Index;

/// <summary>
/// The query in each engine's own language. Tokens hold only letters and digits (see SearchText), so quoting them
/// is all the escaping they need; the result still travels as a bound parameter.
/// </summary>
public static class IndexSyntax
{
    /// <summary>SQLite FTS5: <c>(Stems : "counter terror") AND (Words : "extrem" * OR Stems : "radic") NOT (…)</c>.</summary>
    public static string Fts5(IndexQuery q)
    {
        static string Term(IndexTerm t) => $"{t.Column} : \"{string.Join(' ', t.Tokens)}\"{(t.Prefix ? " *" : "")}";
        var required = string.Join(" AND ", q.Required.Select(g => $"({string.Join(" OR ", g.Select(Term))})"));
        return q.Excluded.Count == 0 ? required : $"({required}) NOT ({string.Join(" OR ", q.Excluded.Select(Term))})";
    }

    /// <summary>PostgreSQL tsquery, read with ::tsquery so nothing is normalized again: <c>('counter' &lt;-&gt; 'terror') &amp; !('=extrem':*)</c>.</summary>
    public static string TsQuery(IndexQuery q)
    {
        static string Term(IndexTerm t)
        {
            var mark = t.Column == IndexColumn.Words ? SearchDocument.WordMark.ToString() : "";
            return "(" + string.Join(" <-> ", t.Tokens.Select((k, i) => $"'{mark}{k}'{(t.Prefix && i == t.Tokens.Count - 1 ? ":*" : "")}")) + ")";
        }
        var required = string.Join(" & ", q.Required.Select(g => $"({string.Join(" | ", g.Select(Term))})"));
        return q.Excluded.Count == 0 ? required : $"{required} & !({string.Join(" | ", q.Excluded.Select(Term))})";
    }

    /// <summary>
    /// SQL Server: a predicate of CONTAINS calls, one per term, since a term reads one column. The i-th search
    /// condition goes in the placeholder <paramref name="placeholder"/>(i) ("@fts0", or "{0}" for SqlQueryRaw) and is
    /// returned beside the predicate.
    /// </summary>
    public static (string Predicate, IReadOnlyList<string> Conditions) Contains(IndexQuery q, Func<int, string> placeholder)
    {
        var conditions = new List<string>();
        string Term(IndexTerm t)
        {
            conditions.Add($"\"{string.Join(' ', t.Tokens)}{(t.Prefix ? "*" : "")}\"");
            return $"CONTAINS([{t.Column}], {placeholder(conditions.Count - 1)})";
        }
        var required = string.Join(" AND ", q.Required.Select(g => $"({string.Join(" OR ", g.Select(Term))})"));
        var predicate = q.Excluded.Count == 0 ? required : $"{required} AND NOT ({string.Join(" OR ", q.Excluded.Select(Term))})";
        return (predicate, conditions);
    }
}
