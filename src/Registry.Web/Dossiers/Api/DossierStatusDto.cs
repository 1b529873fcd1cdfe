using Registry.Domain.Dossiers;

namespace Registry.Web.Dossiers.Api;

public sealed record DossierProgressDto(int Done, int Total);

/// <summary>GET /api/dossiers/{id}: where the request stands and, once printed, the PDF and how to check it.</summary>
public sealed record DossierStatusDto(int Id, DossierStatus Status, DossierProgressDto Progress, string? Failure,
    string Title, int Attempts, string RequestedBy, DateTime RequestedAt, DateTime? FinishedAt,
    string? Sha256, long? Size, int? PageCount, string? PdfUrl)
{
    public static string Location(int id) => $"/api/dossiers/{id}";

    public static DossierStatusDto From(Dossier d) => new(d.Id, d.Status, new DossierProgressDto(d.Done, d.Total),
        d.Failure, d.Title, d.Attempts, d.RequestedBy, d.RequestedAt, d.FinishedAt, d.Sha256, d.Size, d.PageCount,
        d.Status == DossierStatus.Done ? $"{Location(d.Id)}/pdf" : null);
}

/// <summary>GET /api/dossiers/verify: the registry printed a file with this hash.</summary>
public sealed record DossierVerificationDto(int DossierId, string Title, DateTime CreatedAt, int PageCount);
