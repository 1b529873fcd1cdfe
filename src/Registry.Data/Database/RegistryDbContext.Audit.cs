using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Registry.Data.Common;
using Registry.Domain.Agreements;
using Registry.Domain.Audit;
using Registry.Domain.People;

namespace Registry.Data.Database;

public sealed partial class RegistryDbContext
{
    // Keeps Cyrillic, Chinese and apostrophes readable in the stored before/after values.
    private static readonly JsonSerializerOptions AuditJson = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Set only by the bulk generator, which writes one summary entry instead of one per row.</summary>
    public bool AuditDisabled { get; set; }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>Saves the changes and their audit entries in one transaction: both or neither.</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken ct = default)
    {
        ChangeTracker.DetectChanges();
        StampSortDate();
        // The bulk generator indexes what it wrote in one pass when it is done (SearchIndexer.RebuildAsync).
        if (AuditDisabled) return await StoreAsync(acceptAllChangesOnSuccess, ct);
        var search = await NoteSearchChangesAsync(ct);
        var pending = ChangeTracker.Entries()
            .Where(e => e.Entity is not AuditEntry && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, e.State, Before: e.State == EntityState.Added ? null : Snapshot(e, original: true)))
            .ToList();
        if (pending.Count == 0) return await StoreAsync(acceptAllChangesOnSuccess, ct);

        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
        var count = await StoreAsync(acceptAllChangesOnSuccess, ct);
        await IndexAsync(search, ct);
        var at = Audit.Clock();
        foreach (var (entry, state, before) in pending)
        {
            var after = state == EntityState.Deleted ? null : Snapshot(entry, original: false);
            var changes = Diff(before, after);
            if (changes.Count == 0) continue;
            var (aggregateType, aggregateId) = AggregateOf(entry);
            AuditEntries.Add(new AuditEntry
            {
                At = at, User = Audit.User, Reason = Audit.Reason, Action = state.ToString(),
                EntityType = entry.Metadata.ClrType.Name, EntityId = IdOf(entry),
                AggregateType = aggregateType, AggregateId = aggregateId,
                Changes = JsonSerializer.Serialize(changes, AuditJson),
            });
        }
        await StoreAsync(acceptAllChangesOnSuccess, ct);
        if (own is not null) await own.CommitAsync(ct);
        return count;
    }

    /// <summary>
    /// Every save reports a stale version or a unique-index clash as a <see cref="ConflictException"/> naming the
    /// field, so no caller has to translate provider errors itself.
    /// </summary>
    private async Task<int> StoreAsync(bool acceptAllChangesOnSuccess, CancellationToken ct)
    {
        try { return await base.SaveChangesAsync(acceptAllChangesOnSuccess, ct); }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("version", "This record was changed by someone else while you saved. Reload it and apply your change again.");
        }
        catch (DbUpdateException e) when (UniqueViolation.Is(e))
        {
            throw UniqueViolation.ToConflict(e);
        }
    }

    private void StampSortDate()
    {
        foreach (var e in ChangeTracker.Entries<Agreement>().Where(e => e.State is EntityState.Added or EntityState.Modified))
            e.Property(SortDateColumn).CurrentValue = SortDateOf(e.Entity);
    }

    public const string SortDateColumn = "SortDate";

    /// <summary>
    /// The list's sort key: the signing date, undated records last. One indexed non-null column orders the same on
    /// every provider (PostgreSQL and SQLite place NULLs at opposite ends).
    /// </summary>
    public static DateOnly SortDateOf(Agreement a) => a.SignedOn ?? DateOnly.MinValue;

    private static Dictionary<string, object?> Snapshot(EntityEntry entry, bool original) =>
        entry.Properties.Where(p => (!p.Metadata.IsShadowProperty() || p.Metadata.IsForeignKey()) && !Secret(p.Metadata.Name))
            .ToDictionary(p => p.Metadata.Name, p => original ? p.OriginalValue : p.CurrentValue);

    // The audit says that a password changed, never what it became.
    private static bool Secret(string property) => property == nameof(Domain.Users.User.PasswordHash);

    private static Dictionary<string, object?[]> Diff(Dictionary<string, object?>? before, Dictionary<string, object?>? after)
    {
        var keys = (before?.Keys ?? Enumerable.Empty<string>()).Union(after?.Keys ?? Enumerable.Empty<string>());
        var diff = new Dictionary<string, object?[]>();
        foreach (var key in keys)
        {
            object? b = null, a = null;
            before?.TryGetValue(key, out b);
            after?.TryGetValue(key, out a);
            if (JsonSerializer.Serialize(b) != JsonSerializer.Serialize(a)) diff[key] = [b, a];
        }
        return diff;
    }

    private static int IdOf(EntityEntry entry) =>
        entry.Metadata.FindProperty("Id") is { } p && entry.Property(p.Name).CurrentValue is int id ? id : 0;

    private static (string Type, int Id) AggregateOf(EntityEntry entry) => entry.Entity switch
    {
        AgreementPart part => (nameof(Agreement), part.AgreementId),
        Appointment appointment => (nameof(Person), appointment.PersonId),
        _ => (entry.Metadata.ClrType.Name, IdOf(entry)),
    };
}
