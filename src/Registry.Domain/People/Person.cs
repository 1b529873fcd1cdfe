using Registry.Domain.Common;

namespace Registry.Domain.People;

public sealed class Person : Entity
{
    private readonly List<Appointment> _appointments = [];

    private Person() { }

    public string FullName { get; private set; } = "";
    public string? FullNameRu { get; private set; }
    public IReadOnlyList<Appointment> Appointments => _appointments;

    public static Person Create(string fullName, string? fullNameRu = null) =>
        new Person().Rename(fullName, fullNameRu);

    public Person Rename(string fullName, string? fullNameRu)
    {
        FullName = Guard.Required(fullName, "fullName", Lengths.Name);
        FullNameRu = Guard.Optional(fullNameRu, "fullNameRu", Lengths.Name);
        return this;
    }

    public void ReplaceAppointments(IEnumerable<(int BodyId, string Position, DateOnly? From, DateOnly? To)> appointments)
    {
        _appointments.Clear();
        var i = 0;
        foreach (var a in appointments)
            _appointments.Add(Appointment.Create(a.BodyId, a.Position, a.From, a.To, $"appointments[{i++}]"));
    }

    /// <summary>The position held on a date, preferring one at the given body.</summary>
    public Appointment? AppointmentOn(DateOnly date, int? bodyId = null) =>
        _appointments.Where(a => a.Covers(date))
            .OrderByDescending(a => a.BodyId == bodyId)
            .FirstOrDefault();
}
