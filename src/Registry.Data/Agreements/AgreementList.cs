using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Common;

namespace Registry.Data.Agreements;

/// <summary>The filtered, paged list of agreements behind GET /api/agreements.</summary>
public sealed class AgreementList(RegistryDbContext db)
{
    public const int MaxPageSize = 200;

    public async Task<Page<AgreementListItem>> QueryAsync(AgreementFilter f, CancellationToken ct = default)
    {
        if (f.Page < 1) throw new DomainException("page", "page starts at 1.");
        if (f.PageSize is < 1 or > MaxPageSize) throw new DomainException("pageSize", $"pageSize must be between 1 and {MaxPageSize}.");
        if ((long)(f.Page - 1) * f.PageSize > int.MaxValue) throw new DomainException("page", "page is beyond any possible result.");
        Guard.NotAfter(f.From, "from", f.To, "to");
        var refs = new ReferenceResolver(db);
        var query = db.Agreements.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(f.Q))
        {
            var q = RegistryDbContext.Fold(Guard.Required(f.Q, "q", Lengths.Name));
            query = query.Where(a => EF.Property<string>(a, RegistryDbContext.SearchTextColumn).Contains(q));
        }
        if (!string.IsNullOrWhiteSpace(f.Body))
        {
            var bodyId = int.TryParse(f.Body, out var id) ? await refs.BodyAsync(id, null, "body", ct)
                : await refs.BodyAsync(null, f.Body, "body", ct);
            var ids = await refs.BodyWithDescendantsAsync(bodyId, ct);
            query = query.Where(a => db.Parties.Any(p => p.AgreementId == a.Id && ids.Contains(p.BodyId)));
        }
        if (f.Kind is { } kind) query = query.Where(a => a.Kind == kind);
        if (f.Status is { } status) query = query.Where(a => a.Status == status);
        // The range runs on the indexed sort key, which equals SignedOn for every dated record.
        if (f.From is not null || f.To is not null)
        {
            var from = f.From ?? DateOnly.MinValue.AddDays(1);
            var to = f.To ?? DateOnly.MaxValue;
            query = query.Where(a => EF.Property<DateOnly>(a, RegistryDbContext.SortDateColumn) >= from
                && EF.Property<DateOnly>(a, RegistryDbContext.SortDateColumn) <= to);
        }
        if (!string.IsNullOrWhiteSpace(f.Resolution))
        {
            var resolution = await refs.FindResolutionAsync(f.Resolution, "resolution", ct);
            var rid = resolution?.Id ?? -1;
            query = query.Where(a => db.Citations.Any(c => c.AgreementId == a.Id && c.ResolutionId == rid));
        }

        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => EF.Property<DateOnly>(a, RegistryDbContext.SortDateColumn)).ThenByDescending(a => a.Id)
            .Skip((f.Page - 1) * f.PageSize).Take(f.PageSize)
            .Select(a => new { a.Id, a.ReferenceNumber, a.Title, a.Kind, a.Status, a.SignedOn, a.PlaceCity, a.PlaceCountry })
            .ToListAsync(ct);
        var rowIds = rows.Select(r => r.Id).ToList();
        var parties = await db.Parties.AsNoTracking().Where(p => rowIds.Contains(p.AgreementId))
            .Join(db.Bodies, p => p.BodyId, b => b.Id, (p, b) => new { p.AgreementId, p.Id, b.Abbreviation })
            .ToListAsync(ct);
        var items = rows.Select(r => new AgreementListItem(r.Id, r.ReferenceNumber, r.Title, r.Kind, r.Status, r.SignedOn,
            string.Join(", ", new[] { r.PlaceCity, r.PlaceCountry }.OfType<string>()) is { Length: > 0 } place ? place : null,
            [.. parties.Where(p => p.AgreementId == r.Id).OrderBy(p => p.Id).Select(p => p.Abbreviation)])).ToList();
        return new Page<AgreementListItem>(items, total);
    }
}
