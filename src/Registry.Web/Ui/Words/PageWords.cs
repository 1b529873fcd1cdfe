namespace Registry.Web.Ui.Words;

/// <summary>Russian for home, the agreements list and the agreement page.</summary>
internal static class PageWords
{
    public static readonly Dictionary<string, string> Ru = new(StringComparer.Ordinal)
    {
    };
}
