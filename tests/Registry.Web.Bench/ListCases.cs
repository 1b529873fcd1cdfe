namespace Registry.Web.Bench;

/// <summary>
/// The list page as people use it: the first page, text search, a parent body (its organs included), the combined
/// filters, kind and status, other sort orders and deep pages. Bodies and resolutions exist in generated data.
/// </summary>
public static class ListCases
{
    public static readonly (string Name, string Url)[] All =
    [
        ("first page, no filter", "/agreements"),
        ("text: terrorism", "/agreements?q=terrorism"),
        ("text: Cyrillic", "/agreements?q=" + Uri.EscapeDataString("ратс шос")),
        ("body: CSTO and its organs", "/agreements?body=CSTO"),
        ("body + years + resolution", "/agreements?body=CIS&from=2000&to=2015&resolution=" + Uri.EscapeDataString("S/RES/1373 (2001)")),
        ("kind + status", "/agreements?kind=agreement&status=in-force"),
        ("sorted by title, page 50", "/agreements?sort=title-asc&page=50"),
        ("oldest first, page 1000", "/agreements?sort=signed-asc&page=1000"),
        ("by reference, 100 a page", "/agreements?sort=reference-desc&pageSize=100"),
    ];
}
