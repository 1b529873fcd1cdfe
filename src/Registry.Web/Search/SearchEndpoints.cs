using Microsoft.Extensions.Primitives;
using Registry.Data.Search;
using Registry.Web.Infrastructure;

namespace Registry.Web.Search;

/// <summary>
/// GET /api/search/commitments and /api/search/agreements: a page of ranked hits with facets as JSON, or, asked
/// for CSV (format=csv or Accept: text/csv), every hit streamed.
/// </summary>
public static class SearchEndpoints
{
    public static void MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search");
        group.MapGet("/commitments", async (HttpContext http, CommitmentSearch search, CancellationToken ct) =>
        {
            var request = RequestOf(http.Request.Query);
            if (!WantsCsv(http)) return Results.Ok(await search.SearchAsync(request, ct));
            await SearchCsv.WriteAsync(http, "commitments", search.AllAsync(request, ct), SearchCsv.CommitmentColumns, ct);
            return Results.Empty;
        }).Produces<SearchResult<CommitmentHit>>().Produces(200, contentType: "text/csv");
        group.MapGet("/agreements", async (HttpContext http, AgreementSearch search, CancellationToken ct) =>
        {
            var request = RequestOf(http.Request.Query);
            if (!WantsCsv(http)) return Results.Ok(await search.SearchAsync(request, ct));
            await SearchCsv.WriteAsync(http, "agreements", search.AllAsync(request, ct), SearchCsv.AgreementColumns, ct);
            return Results.Empty;
        }).Produces<SearchResult<AgreementHit>>().Produces(200, contentType: "text/csv");
    }

    /// <summary>The query string as the search page writes it; <c>body</c> may repeat.</summary>
    public static SearchRequest RequestOf(IQueryCollection query) => new()
    {
        Q = One(query, "q"),
        Body = [.. query["body"].OfType<string>()],
        Kind = One(query, "kind"),
        From = EnumText.Date(One(query, "from"), "from"),
        To = EnumText.Date(One(query, "to"), "to"),
        Modality = One(query, "modality"),
        Topic = One(query, "topic"),
        Resolution = One(query, "resolution"),
        Sort = One(query, "sort"),
        Page = Number(query, "page") ?? 1,
        PageSize = Number(query, "pageSize") ?? 20,
    };

    private static bool WantsCsv(HttpContext http) =>
        string.Equals(One(http.Request.Query, "format"), "csv", StringComparison.OrdinalIgnoreCase)
        || http.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase));

    private static string? One(IQueryCollection query, string key) => query.TryGetValue(key, out StringValues v) ? v.FirstOrDefault() : null;

    private static int? Number(IQueryCollection query, string key) =>
        One(query, key) is not { Length: > 0 } text ? null
        : int.TryParse(text, out var n) ? n
        : throw new Domain.Common.DomainException(key, $"{key} '{text}' is not a whole number.");
}
