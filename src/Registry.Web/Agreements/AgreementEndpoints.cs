using Registry.Data.Agreements;
using Registry.Domain.Agreements;
using Registry.Web.Auth;
using Registry.Web.Infrastructure;

namespace Registry.Web.Agreements;

public static class AgreementEndpoints
{
    public static void MapAgreements(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/agreements").WithTags("Agreements");
        group.MapGet("/", async (AgreementList list, string? q, string? body, string? kind, string? status,
            string? from, string? to, string? resolution, int? page, int? pageSize, CancellationToken ct) =>
            await list.QueryAsync(new AgreementFilter
            {
                Q = q, Body = body, Kind = EnumText.Parse<AgreementKind>(kind, "kind"),
                Status = EnumText.Parse<AgreementStatus>(status, "status"),
                From = EnumText.Date(from, "from"), To = EnumText.Date(to, "to"), Resolution = resolution,
                Page = page ?? 1, PageSize = pageSize ?? 20,
            }, ct));
        group.MapGet("/{id:int}", (int id, AgreementReader reader, CancellationToken ct) => reader.GetAsync(id, ct));
        group.MapPost("/", async (AgreementDto dto, AgreementWriter writer, AgreementReader reader, CancellationToken ct) =>
        {
            var created = await writer.CreateAsync(dto, ct: ct);
            return Results.Created($"/api/agreements/{created.Id}", await reader.GetAsync(created.Id, ct));
        }).RequireAuthorization(Policies.Editor);
        group.MapPut("/{id:int}", async (int id, AgreementDto dto, AgreementWriter writer, AgreementReader reader, CancellationToken ct) =>
        {
            await writer.UpdateAsync(id, dto, ct);
            return Results.Ok(await reader.GetAsync(id, ct));
        }).RequireAuthorization(Policies.Editor);
        group.MapGet("/{id:int}/history", (int id, AgreementHistory history, CancellationToken ct) => history.ForAgreementAsync(id, ct));
    }
}
