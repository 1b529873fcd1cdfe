using Registry.Domain.Agreements;

namespace Registry.Data.Search;

/// <summary>One value of a facet: the key a filter takes, what to show for it, and how many hits have it.</summary>
public sealed record FacetCount(string Key, string Label, int Count);

public sealed record SearchFacetSet(
    IReadOnlyList<FacetCount> Bodies, IReadOnlyList<FacetCount> Years, IReadOnlyList<FacetCount> Kinds,
    IReadOnlyList<FacetCount> Modalities, IReadOnlyList<FacetCount> Topics, IReadOnlyList<FacetCount> Resolutions);

/// <summary>A commitment found. <see cref="Snippet"/> is HTML: the text escaped, the matched words in &lt;mark&gt;.</summary>
public sealed record CommitmentHit(int CommitmentId, int AgreementId, string ReferenceNumber, string AgreementTitle,
    DateOnly? SignedOn, IReadOnlyList<string> Bodies, Modality Modality, string Text, string Snippet);

/// <summary>An agreement found, with the passage that matched (title, summary or full text) as its snippet.</summary>
public sealed record AgreementHit(int AgreementId, string ReferenceNumber, string Title, AgreementKind Kind,
    DateOnly? SignedOn, IReadOnlyList<string> Bodies, string Snippet);

public sealed record SearchResult<T>(int Total, IReadOnlyList<T> Items, SearchFacetSet Facets);
