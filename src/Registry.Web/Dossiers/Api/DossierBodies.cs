using Microsoft.AspNetCore.WebUtilities;
using Registry.Data.Agreements;
using Registry.Domain.Agreements;
using Registry.Domain.Common;
using Registry.Web.Infrastructure;

namespace Registry.Web.Dossiers.Api;

/// <summary>POST /api/agreements/{id}/dossiers: the paper size, A4 unless told.</summary>
public sealed record DossierPaperBody(string? Paper)
{
    public static PaperSize Parse(string? paper) =>
        string.IsNullOrWhiteSpace(paper) ? PaperSize.A4
        : Enum.TryParse<PaperSize>(paper.Trim(), ignoreCase: true, out var size) && Enum.IsDefined(size) ? size
        : throw new DomainException("paper", $"paper '{paper}' is not known; use A4 or Letter.");
}

/// <summary>POST /api/dossiers: the list filter of GET /api/agreements (without paging) and the paper size.</summary>
public sealed record DossierSetBody(string? Q, string? Body, string? Kind, string? Status, string? From, string? To,
    string? Resolution, string? Sort, string? Paper)
{
    public DossierRequest ToRequest() => new()
    {
        Filter = new AgreementFilter
        {
            Q = Blank(Q), Body = Blank(Body), Resolution = Blank(Resolution), Sort = Blank(Sort),
            Kind = EnumText.Parse<AgreementKind>(Kind, "kind"), Status = EnumText.Parse<AgreementStatus>(Status, "status"),
            From = EnumText.Date(From, "from"), To = EnumText.Date(To, "to"),
        },
        Paper = DossierPaperBody.Parse(Paper),
    };

    /// <summary>The same filter written as a query string: "body=CSTO&amp;from=2020-01-01&amp;to=2024-12-31".</summary>
    public static DossierSetBody FromQuery(string query, string? paper)
    {
        var fields = QueryHelpers.ParseQuery(query.TrimStart('?'));
        var known = new[] { "q", "body", "kind", "status", "from", "to", "resolution", "sort" };
        if (fields.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.OrdinalIgnoreCase)) is { } unknown)
            throw new DomainException("filter", $"'{unknown}' is not a filter field; use {string.Join(", ", known)}.");
        string? Get(string key) => fields.FirstOrDefault(f => f.Key.Equals(key, StringComparison.OrdinalIgnoreCase)).Value.LastOrDefault();
        return new DossierSetBody(Get("q"), Get("body"), Get("kind"), Get("status"), Get("from"), Get("to"),
            Get("resolution"), Get("sort"), paper);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
