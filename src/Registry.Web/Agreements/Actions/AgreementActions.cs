using Registry.Data.Agreements;
using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Web.Agreements.Actions;

/// <summary>Records what a party did (ratified, acceded …). It is progress, not a correction, so it needs no reason.</summary>
public sealed class AgreementActions(RegistryDbContext db, AgreementWriter writer, TimeProvider clock)
{
    public async Task AddAsync(int agreementId, int bodyId, ActionInput input, CancellationToken ct = default)
    {
        await using var tx = await UnitOfWork.BeginAsync(db, ct);
        var agreement = await writer.LoadAsync(agreementId, ct);
        agreement.AddParticipantAction(bodyId, input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }
}
