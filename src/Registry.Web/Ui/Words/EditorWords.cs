namespace Registry.Web.Ui.Words;

/// <summary>Russian for the forms: the agreement editor and the participant-action form.</summary>
internal static class EditorWords
{
    public static readonly Dictionary<string, string> Ru = new(StringComparer.Ordinal)
    {
    };
}
