namespace Registry.Web.Dossiers.Printing;

/// <summary>How dossiers are printed: Registry:Pdf:* plus the organization's name and public address.</summary>
public sealed record PrintSettings
{
    public const string DefaultChromiumPath = "/usr/bin/chromium";

    public string ChromiumPath { get; init; } = DefaultChromiumPath;
    /// <summary>How many pages (tabs) print at once in the one browser.</summary>
    public int Pages { get; init; } = 2;
    public TimeSpan RenderTimeout { get; init; } = TimeSpan.FromSeconds(180);
    /// <summary>The largest set a filter may print; a larger one is refused before anything is rendered.</summary>
    public int MaxSetRecords { get; init; } = 1000;
    public string PublicUrl { get; init; } = "http://localhost:5080";
    public string OrganizationName { get; init; } = "Registry";

    public static PrintSettings From(IConfiguration config) => new()
    {
        ChromiumPath = config["Registry:Pdf:ChromiumPath"] is { Length: > 0 } path ? path : DefaultChromiumPath,
        Pages = Math.Max(1, config.GetValue("Registry:Pdf:Pages", 2)),
        RenderTimeout = TimeSpan.FromSeconds(Math.Max(5, config.GetValue("Registry:Pdf:RenderTimeoutSeconds", 180))),
        MaxSetRecords = Math.Max(1, config.GetValue("Registry:Pdf:MaxSetRecords", 1000)),
        PublicUrl = (config["Registry:PublicUrl"] is { Length: > 0 } url ? url : "http://localhost:5080").TrimEnd('/'),
        OrganizationName = config["Registry:OrganizationName"] is { Length: > 0 } name ? name : "Registry",
    };
}
