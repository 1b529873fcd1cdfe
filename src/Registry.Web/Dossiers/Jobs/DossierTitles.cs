using System.Globalization;
using Registry.Data.Agreements;
using Registry.Web.Infrastructure;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>The title a set dossier carries until it is printed: how many records, chosen how.</summary>
public static class DossierTitles
{
    public static string Set(AgreementFilter f, int total)
    {
        var criteria = new List<string>();
        if (f.Body is { Length: > 0 } body) criteria.Add(body);
        if (f.Kind is { } kind) criteria.Add(EnumText.Name(kind));
        if (f.Status is { } status) criteria.Add(EnumText.Name(status));
        if (f.From is not null || f.To is not null) criteria.Add($"{Day(f.From)}–{Day(f.To)}");
        if (f.Resolution is { Length: > 0 } resolution) criteria.Add(resolution);
        if (f.Q is { Length: > 0 } q) criteria.Add($"“{q}”");
        var count = total == 1 ? "1 agreement" : $"{total.ToString(CultureInfo.InvariantCulture)} agreements";
        return criteria.Count == 0 ? $"{count}: the whole registry" : $"{count}: {string.Join(", ", criteria)}";
    }

    private static string Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…";
}
