using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Registry.Web.Dossiers.Printing;

/// <summary>The outline's item objects as PdfPig reads them, so their titles can be written again.</summary>
public static class PdfOutlineItems
{
    /// <summary>The outline item objects, depth first along /First and /Next.</summary>
    public static List<(IndirectReference Ref, DictionaryToken Item)> Read(PdfDocument document)
    {
        var items = new List<(IndirectReference, DictionaryToken)>();
        if (document.Structure.Catalog.CatalogDictionary.Data.GetValueOrDefault(NameToken.Outlines.Data) is not IndirectReferenceToken root) return items;
        Walk(document, Dictionary(document, root.Data)?.Data.GetValueOrDefault(NameToken.First.Data) as IndirectReferenceToken, items, 0);
        return items;
    }

    private static void Walk(PdfDocument document, IndirectReferenceToken? first, List<(IndirectReference, DictionaryToken)> items, int depth)
    {
        for (var at = first; at is not null && depth < 64 && items.Count < 100_000;)
        {
            if (Dictionary(document, at.Data) is not { } item) return;
            items.Add((at.Data, item));
            Walk(document, item.Data.GetValueOrDefault(NameToken.First.Data) as IndirectReferenceToken, items, depth + 1);
            at = item.Data.GetValueOrDefault(NameToken.Next.Data) as IndirectReferenceToken;
        }
    }

    private static DictionaryToken? Dictionary(PdfDocument document, IndirectReference reference) =>
        document.Structure.GetObject(reference).Data as DictionaryToken;
}
