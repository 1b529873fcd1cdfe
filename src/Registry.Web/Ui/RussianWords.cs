using Registry.Web.Ui.Words;

namespace Registry.Web.Ui;

/// <summary>Russian for the UI's English words, one word list per part of the UI. Keys are the exact English shown in markup.</summary>
internal static class RussianWords
{
    public static readonly IReadOnlyDictionary<string, string> Map = Merge(
        CommonWords.Ru, EnumWords.Ru, PageWords.Ru, CatalogueWords.Ru, EditorWords.Ru, DossierWords.Ru, SearchWords.Ru);

    private static Dictionary<string, string> Merge(params Dictionary<string, string>[] lists)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in lists)
            foreach (var (en, ru) in list) map[en] = ru;
        return map;
    }
}
