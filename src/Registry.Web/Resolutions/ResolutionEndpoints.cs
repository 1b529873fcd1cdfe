using Registry.Data.Agreements;
using Registry.Data.Database;
using Registry.Data.Resolutions;
using Registry.Domain.Resolutions;
using Registry.Web.Auth;

namespace Registry.Web.Resolutions;

public static class ResolutionEndpoints
{
    public static void MapResolutions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/resolutions").WithTags("UN resolutions");
        group.MapGet("/", (ResolutionCatalogue catalogue, CancellationToken ct) => catalogue.ListAsync(ct));
        group.MapGet("/{id:int}", (int id, ResolutionCatalogue catalogue, CancellationToken ct) => catalogue.GetAsync(id, ct));
        // Names known to the catalogue ("the UN Global Counter-Terrorism Strategy") resolve as well as symbols.
        group.MapGet("/normalize", async (string? text, RegistryDbContext db, CancellationToken ct) =>
        {
            var known = await new ReferenceResolver(db).FindResolutionAsync(text ?? "", "text", ct);
            var symbol = known?.Symbol ?? UnSymbol.Parse(text).Canonical;
            return new { text, symbol, catalogued = known is not null, resolutionId = known?.Id };
        });
        group.MapPost("/", async (ResolutionDto dto, ResolutionCatalogue catalogue, CancellationToken ct) =>
        {
            var r = await catalogue.SaveAsync(null, dto, ct);
            return Results.Created($"/api/resolutions/{r.Id}", ResolutionDto.From(r));
        }).RequireAuthorization(Policies.Editor);
        group.MapPut("/{id:int}", async (int id, ResolutionDto dto, ResolutionCatalogue catalogue, CancellationToken ct) =>
            ResolutionDto.From(await catalogue.SaveAsync(id, dto, ct))).RequireAuthorization(Policies.Editor);
    }
}
