using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Users;

namespace Registry.Web.Auth;

/// <summary>The first administrator: from configuration, or with a random password printed once and kept in the data directory.</summary>
public static class BootstrapAdmin
{
    public const string PasswordFile = "initial-admin-password.txt";

    public static async Task EnsureAsync(RegistryDbContext db, IConfiguration config, RegistrySettings settings, ILogger log)
    {
        if (await db.Users.AnyAsync()) return;
        var email = config["Registry:BootstrapAdmin:Email"] is { Length: > 0 } e ? e : "admin@registry.local";
        var password = config["Registry:BootstrapAdmin:Password"];
        var generated = string.IsNullOrEmpty(password);
        if (generated) password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('/', '_').Replace('+', '-');
        User.CheckPassword(password);
        db.Audit.User = "bootstrap";
        db.Users.Add(User.Create(email, Credentials.Hash(password!), Role.Administrator, DateTime.UtcNow));
        await db.SaveChangesAsync();
        if (!generated) return;
        var path = Path.GetFullPath(Path.Combine(settings.DataDirectory, PasswordFile));
        await File.WriteAllTextAsync(path, $"{email}\n{password}\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        Console.WriteLine($"First administrator: {email} / {password} (also written to {path}; shown only once).");
        log.LogInformation("Created the first administrator {Email}; password in {Path}", email, path);
    }
}
