using Microsoft.EntityFrameworkCore;
using Registry.Data.Search.Index;
using Registry.Domain.Agreements;

namespace Registry.Data.Database;

public sealed partial class RegistryDbContext
{
    public DatabaseProvider Provider =>
        Database.IsSqlite() ? DatabaseProvider.Sqlite : Database.IsNpgsql() ? DatabaseProvider.PostgreSql : DatabaseProvider.SqlServer;

    /// <summary>What a save changes in the full-text index, noted before the save while the entries still say so.</summary>
    private sealed record SearchChanges(List<Agreement> Agreements, List<AgreementPart> Parts, HashSet<int> DeletedCommitments)
    {
        public bool IsEmpty => Agreements.Count == 0 && Parts.Count == 0 && DeletedCommitments.Count == 0;
    }

    private async Task<SearchChanges> NoteSearchChangesAsync(CancellationToken ct)
    {
        var changed = ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
                && e.Entity is Agreement or Commitment or AgreementText)
            .ToList();
        var deletedCommitments = changed.Where(e => e is { State: EntityState.Deleted, Entity: Commitment })
            .Select(e => ((Commitment)e.Entity).Id).ToHashSet();
        // A deleted agreement takes its commitments with it, whether or not they were loaded.
        var deletedAgreements = changed.Where(e => e is { State: EntityState.Deleted, Entity: Agreement })
            .Select(e => ((Agreement)e.Entity).Id).ToList();
        if (deletedAgreements.Count > 0)
            deletedCommitments.UnionWith(await Commitments.Where(c => deletedAgreements.Contains(c.AgreementId)).Select(c => c.Id).ToListAsync(ct));
        return new SearchChanges(
            [.. changed.Select(e => e.Entity).OfType<Agreement>()],
            [.. changed.Select(e => e.Entity).OfType<AgreementPart>()],
            deletedCommitments);
    }

    /// <summary>Runs after the rows are stored, inside the save's transaction: ids of new rows are known by now.</summary>
    private Task IndexAsync(SearchChanges changes, CancellationToken ct) => changes.IsEmpty ? Task.CompletedTask
        : SearchIndexer.UpdateAsync(this, [.. changes.Agreements.Select(a => a.Id).Union(changes.Parts.Select(p => p.AgreementId))],
            changes.DeletedCommitments, ct);
}
