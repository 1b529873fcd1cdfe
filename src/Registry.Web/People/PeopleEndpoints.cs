using Registry.Data.People;
using Registry.Web.Auth;

namespace Registry.Web.People;

public static class PeopleEndpoints
{
    public static void MapPeople(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/people").WithTags("People");
        group.MapGet("/", (string? q, PeopleDirectory people, CancellationToken ct) => people.ListAsync(q, 100, ct));
        group.MapGet("/{id:int}", (int id, PeopleDirectory people, CancellationToken ct) => people.GetAsync(id, ct));
        group.MapPost("/", async (PersonDto dto, PeopleDirectory people, CancellationToken ct) =>
        {
            var person = await people.SaveAsync(null, dto, ct);
            return Results.Created($"/api/people/{person.Id}", await people.GetAsync(person.Id, ct));
        }).RequireAuthorization(Policies.Editor);
        group.MapPut("/{id:int}", async (int id, PersonDto dto, PeopleDirectory people, CancellationToken ct) =>
        {
            await people.SaveAsync(id, dto, ct);
            return await people.GetAsync(id, ct);
        }).RequireAuthorization(Policies.Editor);
    }
}
