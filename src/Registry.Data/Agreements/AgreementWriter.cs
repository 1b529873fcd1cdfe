using Microsoft.EntityFrameworkCore;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Agreements;
using Registry.Domain.Common;

namespace Registry.Data.Agreements;

/// <summary>Creates and revises agreements from the API shape: one call, one transaction.</summary>
public sealed partial class AgreementWriter(RegistryDbContext db, TimeProvider clock)
{
    private readonly ReferenceResolver _refs = new(db);

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<Agreement> CreateAsync(AgreementDto dto, bool isGenerated = false, CancellationToken ct = default)
    {
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var reference = Guard.Required(dto.ReferenceNumber, "referenceNumber", Lengths.Short);
        await EnsureUniqueAsync(reference, 0, ct);
        var content = await ContentAsync(dto, ct);
        var agreement = Agreement.Create(reference, StatusOf(dto), content, Today, isGenerated);
        db.Agreements.Add(agreement);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return agreement;
    }

    public async Task<Agreement> UpdateAsync(int id, AgreementDto dto, CancellationToken ct = default)
    {
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var agreement = await LoadAsync(id, ct);
        if (dto.Version != agreement.Version)
            throw new ConflictException("version",
                $"This record was changed by someone else: you sent version {dto.Version}, the current one is {agreement.Version}. Reload it and apply your change again.");
        // Makes a save that races with another one fail on the version too.
        db.Entry(agreement).Property(a => a.Version).OriginalValue = dto.Version;
        var reference = Guard.Required(dto.ReferenceNumber, "referenceNumber", Lengths.Short);
        await EnsureUniqueAsync(reference, id, ct);
        var content = await ContentAsync(dto, ct);
        agreement.Revise(reference, dto.Status ?? agreement.Status, content, Today, dto.CorrectionReason);
        db.Audit.Reason = dto.CorrectionReason;
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return agreement;
    }

    public async Task<Agreement> LoadAsync(int id, CancellationToken ct = default) =>
        await db.Agreements.WithAllParts().FirstOrDefaultAsync(a => a.Id == id, ct)
            ?? throw new NotFoundException($"Agreement {id}");

    private async Task EnsureUniqueAsync(string reference, int id, CancellationToken ct)
    {
        var key = Agreement.KeyOf(reference);
        if (await db.Agreements.AnyAsync(a => a.ReferenceKey == key && a.Id != id, ct))
            throw new ConflictException("referenceNumber", $"referenceNumber '{reference}' is already used by another agreement (reference numbers are unique, ignoring case).");
    }

    private static AgreementStatus StatusOf(AgreementDto dto) =>
        dto.Status ?? (dto.SignedOn is null ? AgreementStatus.Draft : AgreementStatus.Signed);
}
