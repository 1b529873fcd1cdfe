using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Bodies;
using Registry.Domain.Common;

namespace Registry.Data.Bodies;

public sealed class BodyCatalogue(RegistryDbContext db)
{
    public async Task<IReadOnlyList<BodyDto>> ListAsync(CancellationToken ct = default)
    {
        var bodies = await db.Bodies.AsNoTracking().OrderBy(b => b.Abbreviation).ToListAsync(ct);
        var names = bodies.ToDictionary(b => b.Id, b => b.Abbreviation);
        return [.. bodies.Select(b => BodyDto.From(b, b.ParentId is { } p ? names[p] : null))];
    }

    public async Task<BodyDto> GetAsync(int id, CancellationToken ct = default)
    {
        var b = await db.Bodies.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException($"Body {id}");
        var parent = b.ParentId is { } p ? await db.Bodies.Where(x => x.Id == p).Select(x => x.Abbreviation).FirstAsync(ct) : null;
        return BodyDto.From(b, parent);
    }

    public async Task<SignatoryBody> SaveAsync(int? id, BodyDto dto, CancellationToken ct = default)
    {
        var body = id is { } i ? await db.Bodies.FirstOrDefaultAsync(b => b.Id == i, ct) ?? throw new NotFoundException($"Body {i}")
            : null;
        int? parent = dto.ParentId is null && string.IsNullOrWhiteSpace(dto.Parent) ? null
            : await new ReferenceResolver(db).BodyAsync(dto.ParentId, dto.Parent, "parent", ct);
        if (parent is { } pid && id is { } self && await IsBelowAsync(pid, self, ct))
            throw new DomainException("parent", "parent would make a cycle: a body cannot sit below itself.");
        var abbreviation = Guard.Required(dto.Abbreviation, "abbreviation", Lengths.Short);
        var kind = dto.Kind ?? throw new DomainException("kind",
            $"kind is required; one of: {string.Join(", ", Enum.GetNames<BodyKind>())}.");
        await EnsureNamesFreeAsync(id ?? 0, [("abbreviation", abbreviation), ("name", dto.Name ?? ""),
            .. (dto.Aliases ?? []).Select((a, i) => ($"aliases[{i}]", a ?? ""))], ct);
        if (body is null)
        {
            body = SignatoryBody.Create(dto.Name ?? "", abbreviation, kind, dto.CountryCode);
            db.Bodies.Add(body);
        }
        body.Update(dto.Name ?? "", abbreviation, dto.NameRu, dto.NameZh, dto.Aliases, kind, parent, dto.CountryCode);
        await db.SaveChangesAsync(ct);
        return body;
    }

    /// <summary>Abbreviations, names and aliases each name one body, ignoring case, so a reference is never ambiguous.</summary>
    private async Task EnsureNamesFreeAsync(int self, IEnumerable<(string Field, string Name)> names, CancellationToken ct)
    {
        var others = await db.Bodies.AsNoTracking().Where(b => b.Id != self).ToListAsync(ct);
        foreach (var (field, name) in names.Where(n => !string.IsNullOrWhiteSpace(n.Name)))
            if (others.FirstOrDefault(b => b.IsNamedBy(name)) is { } clash)
                throw new ConflictException(field, $"{field} '{name}' already names the body {clash.Abbreviation}.");
    }

    private async Task<bool> IsBelowAsync(int candidate, int self, CancellationToken ct)
    {
        var parents = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.ParentId, ct);
        for (int? at = candidate; at is { } x; at = parents.GetValueOrDefault(x))
            if (x == self) return true;
        return false;
    }
}
