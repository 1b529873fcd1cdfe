using Microsoft.EntityFrameworkCore;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Resolutions;

namespace Registry.Data.Resolutions;

public sealed class ResolutionCatalogue(RegistryDbContext db)
{
    public async Task<IReadOnlyList<ResolutionDto>> ListAsync(CancellationToken ct = default) =>
        [.. (await db.Resolutions.AsNoTracking().OrderBy(r => r.Organ).ThenBy(r => r.Number).ToListAsync(ct)).Select(ResolutionDto.From)];

    public async Task<ResolutionDto> GetAsync(int id, CancellationToken ct = default) =>
        ResolutionDto.From(await db.Resolutions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct)
            ?? throw new NotFoundException($"UN resolution {id}"));

    public async Task<UnResolution> SaveAsync(int? id, ResolutionDto dto, CancellationToken ct = default)
    {
        var symbol = UnSymbol.Parse(dto.Symbol);
        if (!symbol.IsComplete && dto.AdoptedOn is { } adopted) symbol = symbol.WithYear(adopted.Year);
        var canonical = symbol.Canonical;
        if (await db.Resolutions.AnyAsync(r => r.Symbol == canonical && r.Id != (id ?? 0), ct))
            throw new ConflictException("symbol", $"{canonical} is already in the catalogue.");
        var others = await db.Resolutions.AsNoTracking().Where(r => r.Id != (id ?? 0)).ToListAsync(ct);
        foreach (var (alias, n) in (dto.Aliases ?? []).Select((a, n) => (a ?? "", n)))
            if (others.FirstOrDefault(r => r.IsKnownAs(alias)) is { } clash)
                throw new ConflictException($"aliases[{n}]", $"aliases[{n}] '{alias}' already names {clash.Symbol}.");
        var resolution = id is { } i ? await db.Resolutions.FirstOrDefaultAsync(r => r.Id == i, ct)
            ?? throw new NotFoundException($"UN resolution {i}") : null;
        if (resolution is null)
            db.Resolutions.Add(resolution = UnResolution.Create(canonical, dto.Title, dto.AdoptedOn, dto.Aliases));
        else
            resolution.Update(canonical, dto.Title, dto.AdoptedOn, dto.Aliases);
        await db.SaveChangesAsync(ct);
        return resolution;
    }
}
