using Registry.Domain.Common;

namespace Registry.Domain.People;

/// <summary>A position held at a body over a period: positions change hands, people keep their names.</summary>
public sealed class Appointment : Entity
{
    private Appointment() { }

    public int PersonId { get; private set; }
    public int BodyId { get; private set; }
    public string Position { get; private set; } = "";
    public DateOnly? From { get; private set; }
    public DateOnly? To { get; private set; }

    internal static Appointment Create(int bodyId, string position, DateOnly? from, DateOnly? to, string field)
    {
        if (bodyId <= 0) throw new DomainException($"{field}.body", "An appointment needs a body.");
        Guard.NotAfter(from, $"{field}.from", to, $"{field}.to");
        return new Appointment
        {
            BodyId = bodyId,
            Position = Guard.Required(position, $"{field}.position", Lengths.Name),
            From = from,
            To = to,
        };
    }

    public bool Covers(DateOnly date) => (From is null || From <= date) && (To is null || date <= To);
}
