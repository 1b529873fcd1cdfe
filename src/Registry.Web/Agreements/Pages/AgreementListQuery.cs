using System.Globalization;
using Registry.Data.Agreements;
using Registry.Domain.Agreements;
using Registry.Domain.Common;
using Registry.Web.Infrastructure;
using static Registry.Web.Ui.Text;

namespace Registry.Web.Agreements.Pages;

/// <summary>The list's state exactly as the URL carries it (so a search can be bookmarked), read into a filter.</summary>
public sealed record AgreementListQuery
{
    public static readonly int[] PageSizes = [20, 50, 100];

    public string? Q { get; init; }
    public string? Body { get; init; }
    public string? Kind { get; init; }
    public string? Status { get; init; }
    /// <summary>Signing years, e.g. 2020 to 2022.</summary>
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Resolution { get; init; }
    public string? Sort { get; init; }
    public string? Page { get; init; }
    public string? PageSize { get; init; }

    public string SortOrDefault => string.IsNullOrWhiteSpace(Sort) ? AgreementList.DefaultSort : Sort.Trim().ToLowerInvariant();

    /// <summary>Throws a <see cref="DomainException"/> naming the field when the URL holds what the filter cannot take.</summary>
    public AgreementFilter ToFilter()
    {
        var from = Whole(From, "from", 1, 9999, L("Enter a year such as 2022."));
        var to = Whole(To, "to", 1, 9999, L("Enter a year such as 2022."));
        if (from > to) throw new DomainException("to", L("The year “to” comes before the year “from”."));
        return new AgreementFilter
        {
            Q = Blank(Q), Body = Blank(Body), Resolution = Blank(Resolution), Sort = Blank(Sort),
            Kind = EnumText.Parse<AgreementKind>(Kind, "kind"),
            Status = EnumText.Parse<AgreementStatus>(Status, "status"),
            From = from is { } f ? new DateOnly(f, 1, 1) : null,
            To = to is { } t ? new DateOnly(t, 12, 31) : null,
            Page = Whole(Page, "page", 1, int.MaxValue, L("The page number is not valid.")) ?? 1,
            PageSize = Whole(PageSize, "pageSize", 1, AgreementList.MaxPageSize, L("The page size is not valid.")) ?? PageSizes[0],
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static int? Whole(string? text, string field, int min, int max, string message) =>
        string.IsNullOrWhiteSpace(text) ? null
        : int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n
        : throw new DomainException(field, message);
}
