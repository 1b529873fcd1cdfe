using Microsoft.AspNetCore.Components.Forms;
using Registry.Domain.Users;
using Registry.Web.Bodies.Pages;

namespace Registry.Web.Users.Pages;

public sealed class UserForm
{
    public string? Email { get; set; }
    public string? Password { get; set; }
    public Role? Role { get; set; }

    public CreateUserRequest ToRequest() => new(Email, Password, Role);

    public FieldIdentifier? FieldOf(string path) => FormErrors.Split(path).Name switch
    {
        "email" => new(this, nameof(Email)),
        "password" => new(this, nameof(Password)),
        "role" => new(this, nameof(Role)),
        _ => null,
    };
}
