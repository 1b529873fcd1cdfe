using Microsoft.EntityFrameworkCore;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Common;
using Registry.Domain.Users;
using Registry.Web.Auth;

namespace Registry.Web.Users;

/// <summary>Listing and creating users: one set of rules for POST /api/users and the users page.</summary>
public static class UserAccounts
{
    public static async Task<IReadOnlyList<UserDto>> ListAsync(RegistryDbContext db, CancellationToken ct = default) =>
        [.. (await db.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync(ct)).Select(Dto)];

    public static async Task<UserDto> CreateAsync(RegistryDbContext db, CreateUserRequest request, CancellationToken ct = default)
    {
        var role = request.Role ?? throw new DomainException("role", "role is required: administrator, editor or analyst.");
        User.CheckPassword(request.Password);
        var user = User.Create(request.Email ?? "", Credentials.Hash(request.Password!), role, DateTime.UtcNow);
        if (await db.Users.AnyAsync(u => u.EmailKey == user.EmailKey, ct))
            throw new ConflictException("email", $"A user with e-mail {user.Email} exists already.");
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return Dto(user);
    }

    private static UserDto Dto(User u) => new(u.Id, u.Email, u.Role, u.CreatedAt);
}
