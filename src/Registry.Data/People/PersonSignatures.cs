using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Database;

namespace Registry.Data.People;

/// <summary>One agreement a person signed: for which body, in what position, on what date.</summary>
public sealed record SignatureRow(int AgreementId, string ReferenceNumber, string Title, DateOnly? SignedOn,
    int BodyId, string Body, string? Position);

public sealed class PersonSignatures(RegistryDbContext db)
{
    /// <summary>A page of them, newest first; a signatory without a date of its own signed on the agreement's date.</summary>
    public async Task<Page<SignatureRow>> ForPersonAsync(int personId, int page, int pageSize, CancellationToken ct = default)
    {
        var signed =
            from s in db.Signatories.AsNoTracking()
            where s.PersonId == personId
            join a in db.Agreements on s.AgreementId equals a.Id
            join b in db.Bodies on s.BodyId equals b.Id
            select new { s, a, b.Abbreviation };
        var total = await signed.CountAsync(ct);
        var rows = await signed
            // Undated last on every provider: the fallback date sorts below any real one.
            .OrderByDescending(x => x.s.SignedOn ?? x.a.SignedOn ?? DateOnly.MinValue).ThenByDescending(x => x.a.Id)
            .Skip((int)Math.Min((Math.Max(page, 1) - 1L) * pageSize, int.MaxValue)).Take(pageSize)
            .Select(x => new SignatureRow(x.a.Id, x.a.ReferenceNumber, x.a.Title, x.s.SignedOn ?? x.a.SignedOn, x.s.BodyId, x.Abbreviation, x.s.Position))
            .ToListAsync(ct);
        return new Page<SignatureRow>(rows, total);
    }
}
