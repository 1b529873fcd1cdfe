using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Registry.Data.Database;

/// <summary>A transaction that joins an outer one when there is one, so an import of many records is all or nothing.</summary>
public sealed class UnitOfWork : IAsyncDisposable
{
    private readonly IDbContextTransaction? _own;

    private UnitOfWork(IDbContextTransaction? own) => _own = own;

    public static async Task<UnitOfWork> BeginAsync(RegistryDbContext db, CancellationToken ct = default) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null);

    public Task CommitAsync(CancellationToken ct = default) => _own?.CommitAsync(ct) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _own?.DisposeAsync() ?? ValueTask.CompletedTask;
}
