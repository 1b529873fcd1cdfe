using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Data.Resolutions;

public sealed record CitingAgreement(int Id, string ReferenceNumber, string Title, DateOnly? SignedOn, string? CitingWords);
public sealed record CitingCommitment(int AgreementId, string ReferenceNumber, int Ordinal, string Text, Modality Modality);

/// <summary>A page of commitments; without a total, which would mean reading every commitment of a much-cited resolution.</summary>
public sealed record CommitmentPage(IReadOnlyList<CitingCommitment> Items, bool HasMore);

/// <summary>
/// The agreements and commitments that cite one UN resolution, the most recently recorded agreement first. Both walk
/// the citation index in agreement order, so a page costs the same for a resolution cited ten times or forty thousand.
/// </summary>
public sealed class ResolutionCiters(RegistryDbContext db)
{
    public async Task<Page<CitingAgreement>> AgreementsAsync(int resolutionId, int take, CancellationToken ct = default)
    {
        var total = await db.Citations.CountAsync(c => c.ResolutionId == resolutionId, ct);
        var rows = await db.Citations.AsNoTracking().Where(c => c.ResolutionId == resolutionId)
            .OrderByDescending(c => c.AgreementId).Take(take)
            .Join(db.Agreements, c => c.AgreementId, a => a.Id, (c, a) => new CitingAgreement(a.Id, a.ReferenceNumber, a.Title, a.SignedOn, c.CitingWords))
            .ToListAsync(ct);
        return new Page<CitingAgreement>([.. rows.OrderByDescending(r => r.Id)], total);
    }

    /// <summary>A commitment's resolutions are cited by its agreement as well, so the citations lead to every one.</summary>
    public async Task<CommitmentPage> CommitmentsAsync(int resolutionId, int page, int pageSize, CancellationToken ct = default)
    {
        var rows = await (
            from c in db.Citations.AsNoTracking()
            where c.ResolutionId == resolutionId
            join m in db.Commitments on c.AgreementId equals m.AgreementId
            where m.ResolutionIds.Contains(resolutionId)
            join a in db.Agreements on c.AgreementId equals a.Id
            orderby c.AgreementId descending, m.Ordinal
            select new CitingCommitment(a.Id, a.ReferenceNumber, m.Ordinal, m.Text, m.Modality))
            .Skip(Offset(page, pageSize)).Take(pageSize + 1).ToListAsync(ct);
        return new CommitmentPage([.. rows.Take(pageSize)], rows.Count > pageSize);
    }

    /// <summary>The rows before a page; a page number from a URL beyond any result stays in range instead of overflowing.</summary>
    private static int Offset(int page, int pageSize) => (int)Math.Min((Math.Max(page, 1) - 1L) * pageSize, int.MaxValue);
}
