namespace Registry.Web.Dossiers.Printing;

/// <summary>The configured Chromium is not there: says where it looked and how to install it.</summary>
public sealed class ChromiumMissingException(string path) : InvalidOperationException(
    $"Chromium was not found at {path} (setting Registry:Pdf:ChromiumPath), so dossiers cannot be printed. " +
    "Install it with `apt-get install chromium` (or run `.ci/setup app`), or point Registry__Pdf__ChromiumPath at a Chromium binary.")
{
    public string Path { get; } = path;
}
