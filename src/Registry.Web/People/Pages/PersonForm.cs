using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Forms;
using Registry.Data.People;
using Registry.Web.Bodies.Pages;
using Registry.Web.Ui;

namespace Registry.Web.People.Pages;

/// <summary>What the person form posts. Appointment rows left empty are not saved.</summary>
public sealed partial class PersonForm
{
    public const int EmptyRows = 3;

    public string? FullName { get; set; }
    public string? FullNameRu { get; set; }
    public List<AppointmentRow> Appointments { get; set; } = [];

    public static PersonForm From(PersonDto? p) => new()
    {
        FullName = p?.FullName, FullNameRu = p?.FullNameRu,
        Appointments = [.. (p?.Appointments ?? []).Select(a => new AppointmentRow { BodyId = a.BodyId, Position = a.Position, From = a.From, To = a.To }),
            .. Enumerable.Range(0, EmptyRows).Select(_ => new AppointmentRow())],
    };

    private List<AppointmentRow> Filled => [.. Appointments.Where(a => !a.IsEmpty)];

    public PersonDto ToDto() => new()
    {
        FullName = FullName, FullNameRu = FullNameRu,
        Appointments = [.. Filled.Select(a => new AppointmentDto { BodyId = a.BodyId, Position = a.Position, From = a.From, To = a.To })],
    };

    /// <summary>Rewords a rule about a row for the row itself: the message is shown next to the row's field.</summary>
    public static string Explain(string message)
    {
        if (DateOrder().Match(message) is { Success: true } m)
            return string.Format(Text.L("The end date ({0}) cannot be before the start date ({1})."),
                Text.Date(DateOnly.Parse(m.Groups["to"].Value)), Text.Date(DateOnly.Parse(m.Groups["from"].Value)));
        return RowField().Replace(message, f => Text.L(f.Groups[1].Value switch
        {
            "body" => "Body", "from" => "From", "to" => "To", _ => "Position",
        }));
    }

    [GeneratedRegex(@"^appointments\[\d+\]\.to \((?<to>\d{4}-\d\d-\d\d)\) cannot be before appointments\[\d+\]\.from \((?<from>\d{4}-\d\d-\d\d)\)")]
    private static partial Regex DateOrder();

    [GeneratedRegex(@"appointments\[\d+\]\.(\w+)")]
    private static partial Regex RowField();

    /// <summary>The input a field path belongs to; "appointments[n]" counts only the filled rows that were saved.</summary>
    public FieldIdentifier? FieldOf(string path) => FormErrors.Split(path) switch
    {
        ("fullName", _, _) => new(this, nameof(FullName)),
        ("fullNameRu", _, _) => new(this, nameof(FullNameRu)),
        ("appointments", var n, var member) when n >= 0 && n < Filled.Count => new(Filled[n], member switch
        {
            "body" => nameof(AppointmentRow.BodyId),
            "from" => nameof(AppointmentRow.From),
            "to" => nameof(AppointmentRow.To),
            _ => nameof(AppointmentRow.Position),
        }),
        _ => null,
    };
}

public sealed class AppointmentRow
{
    public int? BodyId { get; set; }
    public string? Position { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    public bool IsEmpty => BodyId is null && string.IsNullOrWhiteSpace(Position) && From is null && To is null;
}
