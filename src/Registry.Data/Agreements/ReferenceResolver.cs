using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Domain.Bodies;
using Registry.Domain.Common;
using Registry.Domain.People;
using Registry.Domain.Resolutions;

namespace Registry.Data.Agreements;

/// <summary>Turns the references an editor writes (an id, an abbreviation, a name, a loose citation) into ids.</summary>
public sealed class ReferenceResolver(RegistryDbContext db)
{
    private List<SignatoryBody>? _bodies;
    private List<UnResolution>? _resolutions;

    public async Task<IReadOnlyList<SignatoryBody>> BodiesAsync(CancellationToken ct = default) =>
        _bodies ??= await db.Bodies.ToListAsync(ct);

    public async Task<int> BodyAsync(int? id, string? key, string field, CancellationToken ct = default)
    {
        var bodies = await BodiesAsync(ct);
        var byId = id is { } i ? bodies.FirstOrDefault(b => b.Id == i)
            ?? throw new DomainException(field, $"{field}: there is no body with id {i}.") : null;
        var named = string.IsNullOrWhiteSpace(key) ? [] : bodies.Where(b => b.IsNamedBy(key)).ToList();
        if (named.Count > 1)
            throw new DomainException(field, $"{field}: '{key}' names {named.Count} bodies ({string.Join(", ", named.Select(b => b.Abbreviation))}); use an abbreviation or an id.");
        var byKey = string.IsNullOrWhiteSpace(key) ? null : named.SingleOrDefault()
            ?? throw new DomainException(field, $"{field}: no body is called '{key}'. Create it under /api/bodies first, or use an abbreviation or alias.");
        if (byId is not null && byKey is not null && byId.Id != byKey.Id)
            throw new DomainException(field, $"{field}: id {byId.Id} and '{key}' name different bodies; give one of them.");
        return (byId ?? byKey ?? throw new DomainException(field, $"{field} is required: give the body's id or abbreviation.")).Id;
    }

    /// <summary>The body and every organ below it, for filters where a parent includes its organs.</summary>
    public async Task<IReadOnlyList<int>> BodyWithDescendantsAsync(int bodyId, CancellationToken ct = default)
    {
        var bodies = await BodiesAsync(ct);
        var result = new List<int> { bodyId };
        for (var i = 0; i < result.Count; i++)
            result.AddRange(bodies.Where(b => b.ParentId == result[i] && !result.Contains(b.Id)).Select(b => b.Id));
        return result;
    }

    public async Task<Person> PersonAsync(int? id, string? name, string field, CancellationToken ct = default)
    {
        if (id is { } i)
            return await db.People.FirstOrDefaultAsync(p => p.Id == i, ct)
                ?? throw new DomainException(field, $"{field}: there is no person with id {i}.");
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException(field, $"{field} is required: give the person's id or full name.");
        var trimmed = name.Trim();
        var found = await db.People.Where(p => p.FullName == trimmed || p.FullNameRu == trimmed).Take(2).ToListAsync(ct);
        if (found.Count > 1)
            throw new DomainException(field, $"{field}: more than one person is called '{trimmed}'; give the personId.");
        if (found.Count == 1) return found[0];
        // A signatory named for the first time becomes a person record.
        var person = Person.Create(Guard.Required(trimmed, field, Lengths.Name));
        db.People.Add(person);
        await db.SaveChangesAsync(ct);
        return person;
    }

    public async Task<UnResolution?> FindResolutionAsync(string text, string field, CancellationToken ct = default)
    {
        _resolutions ??= await db.Resolutions.ToListAsync(ct);
        var known = _resolutions.Where(r => r.IsKnownAs(text)).ToList();
        if (known.Count > 1)
            throw new DomainException(field, $"{field}: '{text}' is a name of {string.Join(" and ", known.Select(r => r.Symbol))}; give the symbol.");
        if (known.Count == 1) return known[0];
        var symbol = UnSymbol.TryParse(text, out var s) ? s
            : throw new DomainException(field, $"{field}: '{Shorten(text)}' is neither a UN resolution symbol nor a known name. Accepted forms: {UnSymbol.AcceptedForms}");
        if (symbol.IsComplete)
            return _resolutions.FirstOrDefault(r => r.Symbol == symbol.Canonical);
        var candidates = _resolutions.Where(r => r.Organ == symbol.Organ && r.Number == symbol.Number).ToList();
        return candidates.Count == 1 ? candidates[0]
            : throw new DomainException(field, $"{field}: '{text}' lacks the year and the catalogue does not know resolution {symbol.Number}; write it as {symbol.Canonical} (YYYY).");
    }

    /// <summary>A citation of a complete symbol not yet catalogued adds it to the catalogue.</summary>
    public async Task<int> ResolutionAsync(int? id, string? text, string field, CancellationToken ct = default)
    {
        if (id is { } i)
            return await db.Resolutions.AnyAsync(r => r.Id == i, ct) ? i
                : throw new DomainException(field, $"{field}: there is no UN resolution with id {i}.");
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException(field, $"{field} is required: give a UN resolution symbol.");
        var found = await FindResolutionAsync(text, field, ct);
        if (found is not null) return found.Id;
        var created = UnResolution.Create(UnSymbol.Parse(text).Canonical, null, null);
        db.Resolutions.Add(created);
        await db.SaveChangesAsync(ct);
        _resolutions!.Add(created);
        return created.Id;
    }

    public async Task<int> AgreementAsync(int? id, string? referenceNumber, string field, CancellationToken ct = default)
    {
        if (id is { } i)
            return await db.Agreements.AnyAsync(a => a.Id == i, ct) ? i
                : throw new DomainException(field, $"{field}: there is no agreement with id {i}.");
        if (string.IsNullOrWhiteSpace(referenceNumber))
            throw new DomainException(field, $"{field} is required: give the agreement's id or reference number.");
        var key = Domain.Agreements.Agreement.KeyOf(referenceNumber);
        return await db.Agreements.Where(a => a.ReferenceKey == key).Select(a => (int?)a.Id).FirstOrDefaultAsync(ct)
            ?? throw new DomainException(field, $"{field}: there is no agreement with reference number '{referenceNumber}'.");
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;
}
