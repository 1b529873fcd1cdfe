using Registry.Domain.Common;

namespace Registry.Domain.Dossiers;

/// <summary>
/// One request to print a record or a set of records as a PDF, and what came of it. The PDF itself lies in the data
/// directory under its SHA-256; the row keeps the hash, size and page count so a copy can be verified later.
/// </summary>
public sealed class Dossier : Entity
{
    /// <summary>A run that has not reported for this long is taken to be dead, and another run may take the dossier over.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromMinutes(2);

    private Dossier() { }

    public string Title { get; private set; } = "";
    /// <summary>What to print, as JSON: one agreement or a list filter, and the paper size.</summary>
    public string Request { get; private set; } = "{}";
    public DossierStatus Status { get; private set; }
    public int Done { get; private set; }
    public int Total { get; private set; }
    public string? Failure { get; private set; }
    public int Attempts { get; private set; }
    public string RequestedBy { get; private set; } = "";
    public DateTime RequestedAt { get; private set; }
    public DateTime? HeartbeatAt { get; private set; }
    public DateTime? FinishedAt { get; private set; }
    /// <summary>Set when a run claims the dossier; only that run may report progress or finish it.</summary>
    public Guid? RunId { get; private set; }
    /// <summary>The background job that prints it.</summary>
    public string? JobId { get; private set; }
    public string? Sha256 { get; private set; }
    public long? Size { get; private set; }
    public int? PageCount { get; private set; }

    public bool IsFinished => Status is DossierStatus.Done or DossierStatus.Failed;

    public static Dossier Create(string title, string request, int total, string requestedBy, DateTime now)
    {
        if (total < 1) throw new DomainException("filter", "No agreement matches: there is nothing to print.");
        return new Dossier
        {
            Title = Guard.Required(title, "title", Lengths.Title),
            Request = Guard.Required(request, "request", Lengths.Note),
            Total = total,
            RequestedBy = Guard.Required(requestedBy, "requestedBy", Lengths.Name),
            RequestedAt = now,
            Status = DossierStatus.Queued,
        };
    }
}
