using Registry.Domain.Common;

namespace Registry.Domain.Agreements;

public enum AgreementStatus
{
    Draft,
    OpenForSignature,
    Signed,
    InForce,
    Suspended,
    Terminated,
    Expired,
}

public static class AgreementStatuses
{
    private static readonly Dictionary<AgreementStatus, AgreementStatus[]> Legal = new()
    {
        [AgreementStatus.Draft] = [AgreementStatus.OpenForSignature, AgreementStatus.Signed],
        [AgreementStatus.OpenForSignature] = [AgreementStatus.Signed, AgreementStatus.Expired],
        [AgreementStatus.Signed] = [AgreementStatus.InForce, AgreementStatus.Terminated, AgreementStatus.Expired],
        [AgreementStatus.InForce] = [AgreementStatus.Suspended, AgreementStatus.Terminated, AgreementStatus.Expired],
        [AgreementStatus.Suspended] = [AgreementStatus.InForce, AgreementStatus.Terminated],
        [AgreementStatus.Terminated] = [],
        [AgreementStatus.Expired] = [],
    };

    public static IReadOnlyList<AgreementStatus> NextFrom(AgreementStatus status) => Legal[status];

    public static void EnsureTransition(AgreementStatus from, AgreementStatus to)
    {
        if (from != to && !Legal[from].Contains(to))
        {
            var allowed = Legal[from].Length == 0 ? "none: it is final" : string.Join(", ", Legal[from]);
            throw new DomainException("status", $"status cannot change from {from} to {to}; allowed next: {allowed}.");
        }
    }

    /// <summary>Once signed, a record is only ever corrected, with a stated reason.</summary>
    public static bool IsSigned(this AgreementStatus status) =>
        status is not (AgreementStatus.Draft or AgreementStatus.OpenForSignature);
}
