using Registry.Domain.People;

namespace Registry.Domain.Tests.People;

public class AppointmentTests
{
    private const int CstoSecretariat = 3;
    private const string SecretaryGeneral = "Secretary General";
    private static readonly DateOnly SigningDay = new(2022, 2, 16);
    private static readonly DateOnly NewsDay = new(2024, 7, 19);

    private static Person Zas()
    {
        var person = Person.Create("Stanislav Zas", "Станислав Зась");
        person.ReplaceAppointments([(CstoSecretariat, SecretaryGeneral, new DateOnly(2020, 1, 1), new DateOnly(2022, 12, 31))]);
        return person;
    }

    private static Person Tasmagambetov()
    {
        var person = Person.Create("Imangali Tasmagambetov");
        person.ReplaceAppointments([(CstoSecretariat, SecretaryGeneral, new DateOnly(2023, 1, 1), null)]);
        return person;
    }

    [Fact]
    public void Zas_holds_the_post_at_the_signing()
    {
        var appointment = Zas().AppointmentOn(SigningDay, CstoSecretariat);

        Assert.NotNull(appointment);
        Assert.Equal(SecretaryGeneral, appointment.Position);
        Assert.Null(Tasmagambetov().AppointmentOn(SigningDay));
    }

    [Fact]
    public void Tasmagambetov_holds_the_post_in_July_2024()
    {
        Assert.Null(Zas().AppointmentOn(NewsDay));
        Assert.Equal(CstoSecretariat, Tasmagambetov().AppointmentOn(NewsDay)?.BodyId);
    }

    [Fact]
    public void Appointment_covers_its_first_and_last_day()
    {
        var zas = Zas();

        Assert.NotNull(zas.AppointmentOn(new DateOnly(2020, 1, 1)));
        Assert.NotNull(zas.AppointmentOn(new DateOnly(2022, 12, 31)));
        Assert.Null(zas.AppointmentOn(new DateOnly(2023, 1, 1)));
    }

    [Fact]
    public void AppointmentOn_prefers_the_given_body()
    {
        var person = Person.Create("Stanislav Zas");
        person.ReplaceAppointments([(7, "Adviser", null, null), (CstoSecretariat, SecretaryGeneral, new DateOnly(2020, 1, 1), null)]);

        Assert.Equal("Adviser", person.AppointmentOn(SigningDay)?.Position);
        Assert.Equal(SecretaryGeneral, person.AppointmentOn(SigningDay, CstoSecretariat)?.Position);
    }

    [Fact]
    public void Appointment_ending_before_it_starts_fails()
    {
        var person = Person.Create("Stanislav Zas");

        DomainAssert.Fails(() => person.ReplaceAppointments([(CstoSecretariat, SecretaryGeneral, new DateOnly(2022, 12, 31), new DateOnly(2020, 1, 1))]),
            "appointments[0].to", "cannot be before");
    }

    [Fact]
    public void Appointment_needs_a_body_and_a_position()
    {
        var person = Person.Create("Stanislav Zas");

        DomainAssert.Fails(() => person.ReplaceAppointments([(0, SecretaryGeneral, null, null)]), "appointments[0].body", "needs a body");
        DomainAssert.Fails(() => person.ReplaceAppointments([(CstoSecretariat, "", null, null)]), "appointments[0].position", "required");
    }

    [Fact]
    public void Person_needs_a_name()
    {
        DomainAssert.Fails(() => Person.Create("  "), "fullName", "required");
    }
}
