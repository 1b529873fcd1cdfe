using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Data.Home;

public sealed record LatestAgreement(int Id, string ReferenceNumber, string Title, AgreementKind Kind,
    AgreementStatus Status, DateOnly? SignedOn);

public sealed class LatestAgreements(RegistryDbContext db)
{
    /// <summary>The records added last (highest id first): what the registry's editors recorded most recently.</summary>
    public async Task<IReadOnlyList<LatestAgreement>> GetAsync(int count = 10,
        CancellationToken ct = default) =>
        await db.Agreements.AsNoTracking().OrderByDescending(a => a.Id).Take(count)
            .Select(a => new LatestAgreement(a.Id, a.ReferenceNumber, a.Title, a.Kind, a.Status, a.SignedOn))
            .ToListAsync(ct);
}
