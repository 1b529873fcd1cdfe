using Microsoft.EntityFrameworkCore;
using Registry.Data.Agreements;
using Registry.Data.Common;
using Registry.Data.Database;
using Registry.Domain.Common;
using Registry.Domain.People;

namespace Registry.Data.People;

public sealed class PeopleDirectory(RegistryDbContext db)
{
    public async Task<IReadOnlyList<PersonDto>> ListAsync(string? q, int take = 100, CancellationToken ct = default)
    {
        var query = db.People.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var folded = Guard.Required(q, "q", Lengths.Name).ToLower();
            query = query.Where(p => p.FullName.ToLower().Contains(folded) || (p.FullNameRu != null && p.FullNameRu.ToLower().Contains(folded)));
        }
        var people = await query.OrderBy(p => p.FullName).Take(take).ToListAsync(ct);
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Abbreviation, ct);
        return [.. people.Select(p => PersonDto.From(p, bodies))];
    }

    public async Task<PersonDto> GetAsync(int id, CancellationToken ct = default)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) ?? throw new NotFoundException($"Person {id}");
        var bodies = await db.Bodies.AsNoTracking().ToDictionaryAsync(b => b.Id, b => b.Abbreviation, ct);
        return PersonDto.From(person, bodies);
    }

    public async Task<Person> SaveAsync(int? id, PersonDto dto, CancellationToken ct = default)
    {
        var person = id is { } i ? await db.People.FirstOrDefaultAsync(p => p.Id == i, ct) ?? throw new NotFoundException($"Person {i}")
            : null;
        if (person is null)
        {
            person = Person.Create(dto.FullName ?? "", dto.FullNameRu);
            db.People.Add(person);
        }
        person.Rename(dto.FullName ?? "", dto.FullNameRu);
        var refs = new ReferenceResolver(db);
        var appointments = new List<(int, string, DateOnly?, DateOnly?)>();
        foreach (var (a, n) in (dto.Appointments ?? []).Select((a, n) => (a ?? throw new DomainException($"appointments[{n}]", $"appointments[{n}] is empty."), n)))
            appointments.Add((await refs.BodyAsync(a.BodyId, a.Body, $"appointments[{n}].body", ct), a.Position ?? "", a.From, a.To));
        person.ReplaceAppointments(appointments);
        await db.SaveChangesAsync(ct);
        return person;
    }
}
