namespace Registry.Data.Search;

/// <summary>
/// A search as the API and the search page take it. Every filter narrows the hits; several bodies mean the record
/// binds them all ("jointly with"), and a body stands for its organs too.
/// </summary>
public sealed record SearchRequest
{
    public const int MaxPageSize = 100;

    public string? Q { get; init; }
    public IReadOnlyList<string> Body { get; init; } = [];
    public string? Kind { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? Modality { get; init; }
    public string? Topic { get; init; }
    public string? Resolution { get; init; }
    /// <summary>relevance (the default), newest or oldest: by signing date, then by record.</summary>
    public string? Sort { get; init; }
    public int Page { get; init; } = 1;
    public int PageSize { get; init; } = 20;
}
