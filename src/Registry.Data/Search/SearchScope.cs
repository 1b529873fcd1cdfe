using Registry.Data.Agreements;
using Registry.Data.Database;
using Registry.Data.Search.Index;
using Registry.Domain.Agreements;
using Registry.Domain.Common;
using Registry.Domain.Search;

namespace Registry.Data.Search;

/// <summary>A request checked and resolved: the parsed query, and ids in place of names and symbols.</summary>
public sealed record SearchScope(SearchQuery? Query, IndexQuery? IndexQuery, IReadOnlyList<bool[]> Bodies,
    AgreementKind? Kind, DateOnly? From, DateOnly? To, Modality? Modality, string? Topic, int? ResolutionId,
    SearchOrder Order = SearchOrder.Relevance)
{
    public static async Task<SearchScope> ResolveAsync(RegistryDbContext db, SearchRequest r, CancellationToken ct)
    {
        if (r.Page < 1) throw new DomainException("page", "page starts at 1.");
        if (r.PageSize is < 1 or > SearchRequest.MaxPageSize)
            throw new DomainException("pageSize", $"pageSize must be between 1 and {SearchRequest.MaxPageSize}.");
        if ((long)r.Page * r.PageSize > 1_000_000) throw new DomainException("page", "page is beyond any possible result.");
        Guard.NotAfter(r.From, "from", r.To, "to");
        var query = string.IsNullOrWhiteSpace(r.Q) ? null : SearchQuery.Parse(r.Q);
        var refs = new ReferenceResolver(db);
        var bodies = new List<bool[]>();
        foreach (var body in r.Body.Where(b => !string.IsNullOrWhiteSpace(b)).Distinct())
        {
            var id = int.TryParse(body, out var n) ? await refs.BodyAsync(n, null, "body", ct) : await refs.BodyAsync(null, body, "body", ct);
            var family = await refs.BodyWithDescendantsAsync(id, ct);
            var wanted = new bool[family.Max() + 1];
            foreach (var member in family) wanted[member] = true;
            bodies.Add(wanted);
        }
        int? resolution = string.IsNullOrWhiteSpace(r.Resolution) ? null
            : (await refs.FindResolutionAsync(r.Resolution, "resolution", ct))?.Id ?? -1;   // a symbol not catalogued is cited nowhere
        return new SearchScope(query, query is null ? null : IndexQuery.From(query), bodies,
            ParseEnum<AgreementKind>(r.Kind, "kind"), r.From, r.To, ParseEnum<Modality>(r.Modality, "modality"),
            string.IsNullOrWhiteSpace(r.Topic) ? null : r.Topic.Trim(), resolution, ParseEnum<SearchOrder>(r.Sort, "sort") ?? SearchOrder.Relevance);
    }

    /// <summary>Ranked by relevance when there are words to rank by and that order is asked.</summary>
    public bool Ranked => IndexQuery is not null && Order == SearchOrder.Relevance;

    /// <summary>The hit's sort key: <paramref name="rank"/> (0 unless <see cref="Ranked"/>), then the date in the asked order.</summary>
    public long Key(int rank, DateOnly? signedOn, int id) => TopHits.Key(rank, signedOn, id, oldestFirst: Order == SearchOrder.Oldest);

    public bool Admits(DateOnly? signedOn, AgreementKind kind) =>
        (Kind is null || kind == Kind) &&
        (From is null || signedOn >= From) && (To is null || signedOn <= To);

    public bool AdmitsBodies(int[] bodies)
    {
        // A plain loop over flags by body id: this runs once per hit, hundreds of thousands of times a search.
        foreach (var wanted in Bodies)
        {
            var found = false;
            foreach (var b in bodies) if ((uint)b < (uint)wanted.Length && wanted[b]) { found = true; break; }
            if (!found) return false;
        }
        return true;
    }

    /// <summary>The topic filter's ordinal in <paramref name="topics"/>: null for none, -1 for a topic no record has.</summary>
    public short? TopicIn(Facts.TopicTable topics) => Topic is null ? null : topics.Find(Topic) ?? -1;

    /// <summary>A topic no record has (ordinal -1) admits nothing.</summary>
    public bool AdmitsTopic(short[] topics, short? wanted) => Topic is null || wanted is { } t && topics.Contains(t);

    private static T? ParseEnum<T>(string? value, string field) where T : struct, Enum =>
        string.IsNullOrWhiteSpace(value) ? null
        : Enum.TryParse<T>(value.Replace("-", ""), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) ? parsed
        : throw new DomainException(field, $"{field}: '{value}' is not one of {string.Join(", ", Enum.GetNames<T>())}.");
}

/// <summary>The order of hits; without words to rank by, relevance is the newest first.</summary>
public enum SearchOrder { Relevance, Newest, Oldest }
