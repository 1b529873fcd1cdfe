using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Search;
using Registry.Data.Search.Facts;
using Registry.Data.Search.Index;
using Registry.Domain.Agreements;
using Registry.Domain.Common;

namespace Registry.Data.Agreements;

/// <summary>
/// The filtered, sorted, paged list of agreements behind GET /api/agreements. The page comes from the database, the
/// total from the in-memory facts once they are loaded (<see cref="ListTotal"/>).
/// </summary>
public sealed class AgreementList(RegistryDbContext db, SearchFactsCache facts)
{
    public const int MaxPageSize = 200;
    public const string DefaultSort = "signed-desc";

    /// <summary>Every value <see cref="AgreementFilter.Sort"/> accepts; each key has an index that ends with the id.</summary>
    public static readonly IReadOnlyList<string> Sorts =
    [
        "signed-desc", "signed-asc", "title-asc", "title-desc", "reference-asc", "reference-desc",
        "kind-asc", "kind-desc", "status-asc", "status-desc",
    ];

    public async Task<Page<AgreementListItem>> QueryAsync(AgreementFilter f, CancellationToken ct = default)
    {
        if (f.Page < 1) throw new DomainException("page", "page starts at 1.");
        if (f.PageSize is < 1 or > MaxPageSize) throw new DomainException("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        if ((long)(f.Page - 1) * f.PageSize > int.MaxValue) throw new DomainException("page", "page is beyond any possible result.");
        Guard.NotAfter(f.From, "from", f.To, "to");
        var sort = SortOf(f.Sort);
        var refs = new ReferenceResolver(db);

        // What the agreement row itself must satisfy.
        var agreements = db.Agreements.AsNoTracking();
        var ownFilters = false;
        // With the facts loaded, the matches are read once, for the page and for the total counted over the facts;
        // without, the page and the count each ask the index in SQL. Asked once: the start-up read may finish meanwhile.
        var overFacts = facts.IsLoaded;
        List<int>? textIds = null;
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            // The full-text index, not a scan: a LIKE over 100,000 titles took most of a second.
            var text = ListQuery.Parse(f.Q);
            var index = FullTextIndex.For(db.Provider);
            if (overFacts)
            {
                textIds = await index.MatchAsync(db, SearchTable.Agreements, text, ct);
                // One array parameter: EF Core 10 otherwise sends one parameter per id, past SQLite's limit of 32,766.
                agreements = agreements.Where(a => EF.Parameter(textIds).Contains(a.Id));
            }
            else
            {
                var matched = index.MatchQuery(db, SearchTable.Agreements, text);
                agreements = agreements.Where(a => matched.Contains(a.Id));
            }
            ownFilters = true;
        }
        if (f.Kind is { } kind) { agreements = agreements.Where(a => a.Kind == kind); ownFilters = true; }
        if (f.Status is { } status) { agreements = agreements.Where(a => a.Status == status); ownFilters = true; }
        // The range runs on the indexed sort key, which equals SignedOn for every dated record.
        if (f.From is not null || f.To is not null)
        {
            var from = f.From ?? DateOnly.MinValue.AddDays(1);
            var to = f.To ?? DateOnly.MaxValue;
            agreements = agreements.Where(a => EF.Property<DateOnly>(a, RegistryDbContext.SortDateColumn) >= from
                && EF.Property<DateOnly>(a, RegistryDbContext.SortDateColumn) <= to);
            ownFilters = true;
        }

        // What its parties and citations must satisfy.
        List<int>? bodyIds = null;
        if (!string.IsNullOrWhiteSpace(f.Body))
        {
            var bodyId = int.TryParse(f.Body, out var id) ? await refs.BodyAsync(id, null, "body", ct)
                : await refs.BodyAsync(null, f.Body, "body", ct);
            bodyIds = [.. await refs.BodyWithDescendantsAsync(bodyId, ct)];
        }
        int? resolutionId = null;
        if (!string.IsNullOrWhiteSpace(f.Resolution))
            resolutionId = (await refs.FindResolutionAsync(f.Resolution, "resolution", ct))?.Id ?? -1;

        var matching = agreements;
        if (bodyIds is not null) matching = matching.Where(a => db.Parties.Any(p => p.AgreementId == a.Id && bodyIds.Contains(p.BodyId)));
        if (resolutionId is { } rid) matching = matching.Where(a => db.Citations.Any(c => c.AgreementId == a.Id && c.ResolutionId == rid));
        var ids = LinkedIds(agreements, ownFilters, bodyIds, resolutionId);

        // Over the facts once they are in memory; until then in SQL, so that a cold start or a one-off command does not
        // wait for them to load. One citation per resolution and one party per body: only the parties of several
        // bodies can repeat a record.
        var total = overFacts ? await ListTotal.CountAsync(db, facts, f, textIds, bodyIds, resolutionId, ct)
            : ids is null ? await matching.CountAsync(ct)
            : resolutionId is null && bodyIds is { Count: > 1 } ? await ids.Distinct().CountAsync(ct)
            : await ids.CountAsync(ct);
        // Sorted by another key than the date, SQLite reads every row in the date range before it sorts; asked for
        // the matching ids it reads only the matches. PostgreSQL walks the sort key's index, faster than by ids.
        var page = matching;
        if (sort.Key != "signed" && (ids is not null || ownFilters) && db.Database.IsSqlite())
        {
            var pageIds = ids ?? agreements.Select(a => a.Id);
            page = db.Agreements.AsNoTracking().Where(a => pageIds.Contains(a.Id));
        }
        var rows = await Ordered(page, sort).Skip((f.Page - 1) * f.PageSize).Take(f.PageSize)
            .Select(a => new { a.Id, a.ReferenceNumber, a.Title, a.Kind, a.Status, a.SignedOn, a.PlaceCity, a.PlaceCountry })
            .ToListAsync(ct);
        // Apart: joined into the page query, SQLite joins every party before it limits the page.
        var rowIds = rows.Select(r => r.Id).ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => rowIds.Contains(p.AgreementId))
            .Join(db.Bodies, p => p.BodyId, b => b.Id, (p, b) => new { p.AgreementId, p.Id, b.Abbreviation })
            .ToListAsync(ct);
        var items = rows.Select(r => new AgreementListItem(r.Id, r.ReferenceNumber, r.Title, r.Kind, r.Status, r.SignedOn,
            string.Join(", ", new[] { r.PlaceCity, r.PlaceCountry }.OfType<string>()) is { Length: > 0 } place ? place : null,
            [.. parties.Where(p => p.AgreementId == r.Id).OrderBy(p => p.Id).Select(p => p.Abbreviation)])).ToList();
        return new Page<AgreementListItem>(items, total);
    }

    /// <summary>
    /// The ids of the matches when a citation or party filter applies, else null. They start from that link table's
    /// index (a resolution's citations, else a body's parties) and check the rest per link: each of these filters
    /// alone can match half the registry, and starting from the agreements probed every one of them per record.
    /// </summary>
    private IQueryable<int>? LinkedIds(IQueryable<Agreement> agreements, bool ownFilters, List<int>? bodyIds, int? resolutionId)
    {
        IQueryable<int> ids;
        if (resolutionId is { } rid)
        {
            ids = db.Citations.Where(c => c.ResolutionId == rid).Select(c => c.AgreementId);
            if (bodyIds is not null) ids = ids.Where(id => db.Parties.Any(p => p.AgreementId == id && bodyIds.Contains(p.BodyId)));
        }
        else if (bodyIds is not null)
        {
            ids = db.Parties.Where(p => bodyIds.Contains(p.BodyId)).Select(p => p.AgreementId);
        }
        else
        {
            return null;
        }
        return ownFilters ? ids.Where(id => agreements.Any(a => a.Id == id)) : ids;
    }

    private static (string Key, bool Descending) SortOf(string? sort)
    {
        var value = string.IsNullOrWhiteSpace(sort) ? DefaultSort : sort.Trim().ToLowerInvariant();
        if (!Sorts.Contains(value))
            throw new DomainException("sort", $"sort '{(value.Length > 40 ? value[..40] + "…" : value)}' is not known. " +
                $"Accepted values: {string.Join(", ", Sorts)} (the default is {DefaultSort}).");
        var dash = value.LastIndexOf('-');
        return (value[..dash], value[(dash + 1)..] == "desc");
    }

    private static IOrderedQueryable<Agreement> Ordered(IQueryable<Agreement> query, (string Key, bool Descending) sort) => sort.Key switch
    {
        "signed" => By(query, a => EF.Property<DateOnly>(a, RegistryDbContext.SortDateColumn), sort.Descending),
        "title" => By(query, a => a.Title, sort.Descending),
        "reference" => By(query, a => a.ReferenceKey, sort.Descending),
        "kind" => By(query, a => a.Kind, sort.Descending),
        "status" => By(query, a => a.Status, sort.Descending),
        _ => throw new ArgumentOutOfRangeException(nameof(sort), sort.Key, "Not a sort key."),
    };

    /// <summary>By the key, then by id in the same direction, so each order runs along one (key, id) index.</summary>
    private static IOrderedQueryable<Agreement> By<TKey>(IQueryable<Agreement> query, Expression<Func<Agreement, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key).ThenByDescending(a => a.Id) : query.OrderBy(key).ThenBy(a => a.Id);
}
