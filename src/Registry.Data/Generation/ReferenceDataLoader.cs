using Microsoft.EntityFrameworkCore;
using Registry.Data.Database;
using Registry.Data.Generation.Catalogue;
using Registry.Domain.Bodies;
using Registry.Domain.People;
using Registry.Domain.Resolutions;

namespace Registry.Data.Generation;

/// <summary>
/// Stores what the catalogue holds and the database lacks: bodies (matched by abbreviation), UN resolutions (by symbol)
/// and the roster's people (by full name). These are ordinary, audited saves; only agreements go in bulk.
/// </summary>
public static class ReferenceDataLoader
{
    public static async Task<ReferenceData> EnsureAsync(RegistryDbContext db, DateOnly horizon, CancellationToken ct)
    {
        var bodyIds = await EnsureBodiesAsync(db, ct);
        var resolutions = await EnsureResolutionsAsync(db, ct);
        var roster = RosterPlanner.Plan(spec => bodyIds[spec.Abbreviation], horizon);
        await EnsurePeopleAsync(db, roster, ct);
        return new ReferenceData(bodyIds, resolutions, roster);
    }

    private static async Task<Dictionary<string, int>> EnsureBodiesAsync(RegistryDbContext db, CancellationToken ct)
    {
        var existing = await db.Bodies.AsNoTracking().ToListAsync(ct);
        var ids = new Dictionary<string, int>();
        foreach (var spec in BodyIndex.All)
        {
            var found = existing.FirstOrDefault(b => string.Equals(b.Abbreviation, spec.Abbreviation, StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                found = SignatoryBody.Create(spec.Name, spec.Abbreviation, spec.Kind, spec.CountryCode).Update(spec.Name, spec.Abbreviation,
                    spec.NameRu, spec.NameZh, spec.Aliases, spec.Kind, spec.Parent is { } p ? ids[p] : null, spec.CountryCode);
                db.Bodies.Add(found);
                await db.SaveChangesAsync(ct);
            }
            ids[spec.Abbreviation] = found.Id;
        }
        return ids;
    }

    private static async Task<List<(ResolutionSpec, int)>> EnsureResolutionsAsync(RegistryDbContext db, CancellationToken ct)
    {
        var existing = await db.Resolutions.ToDictionaryAsync(r => r.Symbol, ct);
        var added = CitedResolutions.All.Where(s => !existing.ContainsKey(s.Symbol))
            .Select(s => existing[s.Symbol] = UnResolution.Create(s.Symbol, s.Title, s.AdoptedOn, s.Aliases)).ToList();
        db.Resolutions.AddRange(added);
        await db.SaveChangesAsync(ct);
        return [.. CitedResolutions.All.Select(s => (s, existing[s.Symbol].Id))];
    }

    private static async Task EnsurePeopleAsync(RegistryDbContext db, Roster roster, CancellationToken ct)
    {
        var names = roster.Holders.Select(h => h.FullName).ToList();
        var existing = await db.People.AsNoTracking().IgnoreAutoIncludes().Where(p => names.Contains(p.FullName))
            .ToDictionaryAsync(p => p.FullName, p => p.Id, ct);
        var created = new Dictionary<int, Person>();
        for (var i = 0; i < roster.Holders.Count; i++)
        {
            if (existing.TryGetValue(roster.Holders[i].FullName, out var id)) { roster.PersonIds[i] = id; continue; }
            var person = Person.Create(roster.Holders[i].FullName, roster.Holders[i].FullNameRu);
            person.ReplaceAppointments(roster.Terms.Where(t => t.Holder == i).OrderBy(t => t.From).Select(t => (t.BodyId, t.Position, (DateOnly?)t.From, t.To)));
            created[i] = person;
        }
        db.People.AddRange(created.Values);
        await db.SaveChangesAsync(ct);
        foreach (var (i, person) in created) roster.PersonIds[i] = person.Id;
    }
}
