using Registry.Domain.Common;

namespace Registry.Domain.Users;

public enum Role
{
    Administrator,
    Editor,
    Analyst,
}

public sealed class User : Entity
{
    private User() { }

    public string Email { get; private set; } = "";
    public string EmailKey { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    public Role Role { get; private set; }
    public DateTime CreatedAt { get; private set; }

    public static User Create(string email, string passwordHash, Role role, DateTime now)
    {
        email = Guard.Required(email, "email", Lengths.Name);
        if (!System.Net.Mail.MailAddress.TryCreate(email, out var address) || address.Address != email)
            throw new DomainException("email", $"'{email}' is not an e-mail address.");
        if (!Enum.IsDefined(role))
            throw new DomainException("role", "role must be Administrator, Editor or Analyst.");
        return new User { Email = email, EmailKey = email.ToUpperInvariant(), PasswordHash = passwordHash, Role = role, CreatedAt = now };
    }

    public static void CheckPassword(string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < 10)
            throw new DomainException("password", "password must have at least 10 characters.");
        if (password.Length > 200)
            throw new DomainException("password", "password must have at most 200 characters.");
    }
}
