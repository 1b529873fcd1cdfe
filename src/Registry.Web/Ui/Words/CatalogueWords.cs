namespace Registry.Web.Ui.Words;

/// <summary>Russian for the bodies, people, UN resolutions, users and audit pages and their forms.</summary>
internal static class CatalogueWords
{
    public static readonly Dictionary<string, string> Ru = new(StringComparer.Ordinal)
    {
    };
}
