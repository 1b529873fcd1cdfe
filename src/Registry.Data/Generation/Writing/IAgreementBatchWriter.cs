using Registry.Domain.Agreements;

namespace Registry.Data.Generation.Writing;

/// <summary>Stores one batch of built agreements, with all their parts, in one transaction.</summary>
public interface IAgreementBatchWriter
{
    string Name { get; }

    /// <summary>Work that needs no database (laying rows out, converting values), run on the building thread.</summary>
    PreparedBatch Prepare(IReadOnlyList<Agreement> batch);

    Task WriteAsync(PreparedBatch batch, CancellationToken ct);

    /// <summary>After the last batch: refreshes the planner's statistics, which a bulk load leaves far behind.</summary>
    Task FinishAsync(CancellationToken ct);
}
