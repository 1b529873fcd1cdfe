using Registry.Domain.Users;

namespace Registry.Domain.Tests.Users;

public class UserTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void User_with_a_valid_email_is_created_with_a_case_folded_key()
    {
        var user = User.Create(" Editor@Registry.example ", "hash", Role.Editor, Now);

        Assert.Equal("Editor@Registry.example", user.Email);
        Assert.Equal("EDITOR@REGISTRY.EXAMPLE", user.EmailKey);
        Assert.Equal(Role.Editor, user.Role);
    }

    [Theory]
    [InlineData("not-an-email")]
    [InlineData("editor@")]
    [InlineData("@registry.example")]
    public void Bad_email_fails(string email)
    {
        DomainAssert.Fails(() => User.Create(email, "hash", Role.Editor, Now), "email", "is not an e-mail address");
    }

    [Fact]
    public void Email_with_a_display_name_fails()
    {
        DomainAssert.Fails(() => User.Create("Alice <alice@example.org>", "hash", Role.Editor, Now), "email", "is not an e-mail address");
    }

    [Fact]
    public void Missing_email_fails()
    {
        DomainAssert.Fails(() => User.Create("", "hash", Role.Editor, Now), "email", "required");
    }

    [Fact]
    public void Unknown_role_fails()
    {
        DomainAssert.Fails(() => User.Create("editor@registry.example", "hash", (Role)9, Now), "role", "Administrator, Editor or Analyst");
    }

    [Theory]
    [InlineData("0123456789")]
    [InlineData("correct horse battery staple")]
    public void Password_of_ten_characters_or_more_passes(string password)
    {
        User.CheckPassword(password);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("012345678")]
    public void Password_shorter_than_ten_characters_fails(string? password)
    {
        DomainAssert.Fails(() => User.CheckPassword(password), "password", "at least 10");
    }

    [Fact]
    public void Password_longer_than_200_characters_fails()
    {
        DomainAssert.Fails(() => User.CheckPassword(new string('p', 201)), "password", "at most 200");
    }
}
