using System.Reflection;

namespace Registry.Browser.Tests.Infrastructure;

/// <summary>Where a run leaves what a person should look at: &lt;repository&gt;/test-artifacts (git-ignored).</summary>
public static class Artifacts
{
    public static string Root { get; } = Path.Combine(RepositoryRoot(), "test-artifacts");

    public static string Screenshots { get; } = Path.Combine(Root, "screenshots");

    // Once per run, so a page that failed this time leaves no picture from an earlier run behind.
    private static readonly Lazy<string> Folder = new(() =>
    {
        if (Directory.Exists(Screenshots)) Directory.Delete(Screenshots, recursive: true);
        return Directory.CreateDirectory(Screenshots).FullName;
    });

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        _ = Folder.Value;
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true });
    }

    // The build writes the source tree's root into the assembly, since --artifacts-path moves the output elsewhere.
    private static string RepositoryRoot() =>
        typeof(Artifacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RepositoryRoot")?.Value is { Length: > 0 } root && Directory.Exists(root)
            ? root
            : AppContext.BaseDirectory;
}
