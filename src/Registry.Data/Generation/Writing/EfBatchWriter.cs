using Registry.Data.Database;
using Registry.Domain.Agreements;

namespace Registry.Data.Generation.Writing;

/// <summary>Plain EF Core: a fresh context per batch, no per-row audit, no automatic change detection.</summary>
public sealed class EfBatchWriter(RegistrySettings settings) : IAgreementBatchWriter
{
    public string Name => "EF Core";

    public PreparedBatch Prepare(IReadOnlyList<Agreement> batch) => new(batch, []);

    public async Task WriteAsync(PreparedBatch batch, CancellationToken ct)
    {
        await using var db = settings.CreateContext();
        db.AuditDisabled = true;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Agreements.AddRange(batch.Agreements);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    public Task FinishAsync(CancellationToken ct) => Task.CompletedTask;
}
