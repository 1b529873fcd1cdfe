using Registry.Data.Database;

namespace Registry.Web.Infrastructure;

public static class HealthEndpoint
{
    public static void MapHealth(this IEndpointRouteBuilder app) =>
        app.MapGet("/health", async (RegistryDbContext db, RegistrySettings settings, CancellationToken ct) =>
            await db.Database.CanConnectAsync(ct)
                ? Results.Ok(new { status = "healthy", provider = settings.Provider.ToString() })
                : Results.Problem("The database does not answer.", statusCode: 503))
            .AllowAnonymous().WithTags("Health");
}
