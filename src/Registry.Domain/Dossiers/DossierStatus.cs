namespace Registry.Domain.Dossiers;

/// <summary>Where a dossier request stands: waiting for a worker, being printed, printed, or given up on.</summary>
public enum DossierStatus
{
    Queued,
    Running,
    Done,
    Failed,
}
