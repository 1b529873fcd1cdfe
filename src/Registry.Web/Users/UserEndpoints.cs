using Registry.Data.Database;
using Registry.Domain.Users;
using Registry.Web.Auth;

namespace Registry.Web.Users;

public sealed record CreateUserRequest(string? Email, string? Password, Role? Role);
public sealed record UserDto(int Id, string Email, Role Role, DateTime CreatedAt);

public static class UserEndpoints
{
    public static void MapUsers(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").RequireAuthorization(Policies.Administrator).WithTags("Users");
        users.MapGet("/", (RegistryDbContext db, CancellationToken ct) => UserAccounts.ListAsync(db, ct));
        users.MapPost("/", async (CreateUserRequest request, RegistryDbContext db, CancellationToken ct) =>
        {
            var user = await UserAccounts.CreateAsync(db, request, ct);
            return Results.Created($"/api/users/{user.Id}", user);
        });
    }
}
