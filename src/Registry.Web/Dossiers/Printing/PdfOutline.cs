using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Outline;
using UglyToad.PdfPig.Tokens;
using Registry.Web.Dossiers.Composition;

namespace Registry.Web.Dossiers.Printing;

/// <summary>One outline entry Chromium wrote for a heading: the heading, the page it points to, and its PDF object.</summary>
public sealed record OutlineEntry(Heading Heading, int Page, (IndirectReference Object, DictionaryToken Item)? Pdf);

/// <summary>
/// Where each heading landed. Chromium writes one outline entry per heading of a tagged document, in document
/// order, so the n-th entry (depth first) is the n-th heading. Its titles are not to be trusted: Chromium drops the
/// space at a line break and repeats the text of a heading moved to the next page, so entries are matched by
/// position, and by squeezed text only if the counts ever differ.
/// </summary>
public sealed record PdfOutline(int PageCount, IReadOnlyList<OutlineEntry> Entries)
{
    public IReadOnlyDictionary<string, int> Pages => Entries.ToDictionary(e => e.Heading.Id, e => e.Page);

    public static PdfOutline Read(byte[] pdf, IReadOnlyList<Heading> headings)
    {
        using var document = PdfDocument.Open(pdf);
        var nodes = new List<DocumentBookmarkNode>();
        if (document.TryGetBookmarks(out var bookmarks)) Flatten(bookmarks.Roots, nodes);
        var items = PdfOutlineItems.Read(document);
        var entries = new List<OutlineEntry>();
        if (nodes.Count == headings.Count && items.Count == nodes.Count)
        {
            entries.AddRange(headings.Select((h, i) => new OutlineEntry(h, nodes[i].PageNumber, items[i])));
        }
        else
        {
            var next = 0;
            foreach (var h in headings)
            {
                var at = nodes.FindIndex(next, n => Squeeze(n.Title).StartsWith(Squeeze(h.Text), StringComparison.Ordinal));
                if (at < 0) continue;
                entries.Add(new OutlineEntry(h, nodes[at].PageNumber, items.Count == nodes.Count ? items[at] : null));
                next = at + 1;
            }
        }
        return new PdfOutline(document.NumberOfPages, entries);
    }

    /// <summary>The outline items again with the headings' own text as titles, to replace Chromium's in an update.</summary>
    public IReadOnlyList<(int Number, int Generation, string Body)> Retitled()
    {
        try
        {
            return [.. Entries.Where(e => e.Pdf is not null).Select(e => (
                (int)e.Pdf!.Value.Object.ObjectNumber, e.Pdf.Value.Object.Generation,
                PdfTokens.Dictionary(e.Pdf.Value.Item.Data.Select(p => (p.Key,
                    p.Key == NameToken.Title.Data ? PdfTokens.Text(e.Heading.Text) : PdfTokens.Write(p.Value))))))];
        }
        catch (NotSupportedException)
        {
            return []; // an entry holds something this writer does not know: keep Chromium's titles
        }
    }

    private static void Flatten(IEnumerable<BookmarkNode> level, List<DocumentBookmarkNode> into)
    {
        foreach (var node in level)
        {
            if (node is DocumentBookmarkNode d) into.Add(d);
            Flatten(node.Children, into);
        }
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
