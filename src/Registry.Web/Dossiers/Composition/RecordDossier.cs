using Registry.Data.Agreements;
using Registry.Data.Resolutions;
using Registry.Web.Agreements;

namespace Registry.Web.Dossiers.Composition;

/// <summary>Everything one record's dossier prints: the record, its audit trail and the catalogue of cited resolutions.</summary>
public sealed record RecordDossier(AgreementDto Record, IReadOnlyList<HistoryEntryDto> History,
    IReadOnlyDictionary<int, ResolutionDto> Resolutions)
{
    public string ShortTitle => Record.ShortTitle is { Length: > 0 } s ? s : Record.Title ?? "";

    public ResolutionDto? Resolution(CitationDto c) => c.ResolutionId is { } id && Resolutions.TryGetValue(id, out var r) ? r : null;
}

/// <summary>A set dossier: the filter in words, the address of the list it came from, and its records in list order.</summary>
public sealed record SetDossier(string Title, IReadOnlyList<string> Criteria, string ListUrl, IReadOnlyList<RecordDossier> Records);

/// <summary>What every dossier needs from the registry's configuration.</summary>
public sealed record DossierSite(string OrganizationName, string PublicUrl)
{
    public string RecordUrl(int id) => $"{PublicUrl}/agreements/{id}";
    public string VerifyUrl => $"{PublicUrl}/api/dossiers/verify";
}
