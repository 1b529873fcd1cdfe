using Registry.Data.Agreements;

namespace Registry.Web.Dossiers;

public enum PaperSize { A4, Letter }

/// <summary>What to print: one record, or every record a list filter selects.</summary>
public sealed record DossierRequest
{
    public int? AgreementId { get; init; }
    public AgreementFilter? Filter { get; init; }
    public PaperSize Paper { get; init; } = PaperSize.A4;
}

/// <summary>A finished PDF with what the registry keeps about it to verify it later.</summary>
public sealed record PrintedDossier(byte[] Pdf, int PageCount, string Sha256, string Title);

/// <summary>Progress of a set dossier: records composed so far out of all.</summary>
public readonly record struct DossierProgress(int Done, int Total);
