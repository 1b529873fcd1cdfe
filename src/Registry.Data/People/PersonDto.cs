using Registry.Domain.People;

namespace Registry.Data.People;

public sealed record PersonDto
{
    public int Id { get; init; }
    public string? FullName { get; init; }
    public string? FullNameRu { get; init; }
    public List<AppointmentDto>? Appointments { get; init; }

    public static PersonDto From(Person p, IReadOnlyDictionary<int, string> bodies) => new()
    {
        Id = p.Id, FullName = p.FullName, FullNameRu = p.FullNameRu,
        Appointments = [.. p.Appointments.OrderBy(a => a.From).Select(a =>
            new AppointmentDto { BodyId = a.BodyId, Body = bodies.GetValueOrDefault(a.BodyId), Position = a.Position, From = a.From, To = a.To })],
    };
}

public sealed record AppointmentDto
{
    public int? BodyId { get; init; }
    public string? Body { get; init; }
    public string? Position { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
}
