using Registry.Data.Bodies;
using Registry.Web.Auth;

namespace Registry.Web.Bodies;

public static class BodyEndpoints
{
    public static void MapBodies(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/bodies").WithTags("Bodies");
        group.MapGet("/", (BodyCatalogue bodies, CancellationToken ct) => bodies.ListAsync(ct));
        group.MapGet("/{id:int}", (int id, BodyCatalogue bodies, CancellationToken ct) => bodies.GetAsync(id, ct));
        group.MapPost("/", async (BodyDto dto, BodyCatalogue bodies, CancellationToken ct) =>
        {
            var body = await bodies.SaveAsync(null, dto, ct);
            return Results.Created($"/api/bodies/{body.Id}", await bodies.GetAsync(body.Id, ct));
        }).RequireAuthorization(Policies.Editor);
        group.MapPut("/{id:int}", async (int id, BodyDto dto, BodyCatalogue bodies, CancellationToken ct) =>
        {
            await bodies.SaveAsync(id, dto, ct);
            return await bodies.GetAsync(id, ct);
        }).RequireAuthorization(Policies.Editor);
    }
}
