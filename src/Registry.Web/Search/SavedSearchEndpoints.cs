using System.Security.Claims;
using Microsoft.AspNetCore.WebUtilities;
using Registry.Data.Search.Saved;
using Registry.Domain.Common;
using Registry.Domain.Search;

namespace Registry.Web.Search;

public sealed record SaveSearchRequest(string? Name, string? Query);

/// <summary>GET, POST and DELETE /api/search/saved: the signed-in user's own saved searches, never anyone else's.</summary>
public static class SavedSearchEndpoints
{
    public static void MapSavedSearches(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search/saved").WithTags("Search");
        group.MapGet("/", (ClaimsPrincipal user, SavedSearches saved, CancellationToken ct) => saved.MineAsync(OwnerOf(user), ct));
        group.MapPost("/", async (SaveSearchRequest request, ClaimsPrincipal user, SavedSearches saved, CancellationToken ct) =>
        {
            CheckReadable(request.Query);
            var search = await saved.SaveAsync(OwnerOf(user), request.Name, request.Query, ct);
            return Results.Created($"/api/search/saved/{search.Id}", search);
        });
        group.MapDelete("/{id:int}", async (int id, ClaimsPrincipal user, SavedSearches saved, CancellationToken ct) =>
        {
            await saved.DeleteAsync(OwnerOf(user), id, ct);
            return Results.NoContent();
        });
    }

    /// <summary>The user id the sign-in put in the token or cookie ("sub").</summary>
    public static int OwnerOf(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirst("sub")?.Value, out var id) ? id
        : throw new InvalidOperationException("A signed-in user carries their id in the 'sub' claim.");

    /// <summary>A query string the search page could not read would fail every time it is opened: refuse it now.</summary>
    public static void CheckReadable(string? query)
    {
        if (string.IsNullOrWhiteSpace(query)) return;   // the saved search itself says it is required
        var values = QueryHelpers.ParseQuery(query.Trim().TrimStart('?'));
        try
        {
            var request = SearchEndpoints.RequestOf(new QueryCollection(values));
            if (!string.IsNullOrWhiteSpace(request.Q)) SearchQuery.Parse(request.Q);
            if (values.TryGetValue("what", out var what) && what.ToString() is not (Pages.SearchUrl.Commitments or Pages.SearchUrl.Agreements))
                throw new DomainException("what", $"what must be {Pages.SearchUrl.Commitments} or {Pages.SearchUrl.Agreements}.");
        }
        catch (DomainException e) { throw new DomainException("query", $"query: {e.Message}"); }
    }
}
