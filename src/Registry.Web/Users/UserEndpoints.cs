using Microsoft.EntityFrameworkCore;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Common;
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
        users.MapGet("/", async (RegistryDbContext db, CancellationToken ct) =>
            (await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct)).Select(u => new UserDto(u.Id, u.Email, u.Role, u.CreatedAt)));
        users.MapPost("/", async (CreateUserRequest request, RegistryDbContext db, CancellationToken ct) =>
        {
            var role = request.Role ?? throw new DomainException("role", "role is required: administrator, editor or analyst.");
            User.CheckPassword(request.Password);
            var user = User.Create(request.Email ?? "", Credentials.Hash(request.Password!), role, DateTime.UtcNow);
            if (await db.Users.AnyAsync(u => u.EmailKey == user.EmailKey, ct))
                throw new ConflictException("email", $"A user with e-mail {user.Email} exists already.");
            db.Users.Add(user);
            await db.SaveChangesAsync(ct);
            return Results.Created($"/api/users/{user.Id}", new UserDto(user.Id, user.Email, user.Role, user.CreatedAt));
        });
    }
}
