using Microsoft.AspNetCore.Components.Forms;
using Registry.Data.Common;
using Registry.Domain.Common;
using Registry.Web.Ui;

namespace Registry.Web.Bodies.Pages;

/// <summary>
/// Puts the rule a save broke next to its field in a server-rendered EditForm. The message goes into the form's
/// validation messages, so the input gets aria-invalid and the typed values stay as they were posted.
/// </summary>
public sealed class FormErrors(EditContext edit)
{
    private readonly ValidationMessageStore _store = new(edit);

    public EditContext Edit { get; } = edit;

    /// <summary>A message that belongs to no field of the form, shown above it.</summary>
    public string? General { get; private set; }

    /// <summary>The field path and message of a broken rule or a clash with stored data; null for anything else.</summary>
    public static (string Field, string Message)? Of(Exception e) => e switch
    {
        DomainException d => (d.Field, d.Message),
        ConflictException c => (c.Field, c.Message),
        _ => null,
    };

    /// <summary>Shows the message at the field, or above the form when the field is null; explain rewords the rest.</summary>
    public void Show(FieldIdentifier? field, string path, string message, Func<string, string>? explain = null)
    {
        // The domain words its rules in English; the commonest have Russian in the word lists.
        var text = message.StartsWith($"{path} is required", StringComparison.Ordinal) ? Text.L("This field is required.")
            : explain?.Invoke(message) ?? Text.L(message);
        if (field is { } f) _store.Add(f, text);
        else General = text;
        Edit.NotifyValidationStateChanged();
    }

    public bool Any => General is not null || Edit.GetValidationMessages().Any();

    /// <summary>"appointments[2].body" → ("appointments", 2, "body"); a path without an index gets -1.</summary>
    public static (string Name, int Index, string? Member) Split(string path)
    {
        var dot = path.IndexOf('.');
        var head = dot < 0 ? path : path[..dot];
        var member = dot < 0 ? null : path[(dot + 1)..];
        var open = head.IndexOf('[');
        if (open < 0 || !head.EndsWith(']') || !int.TryParse(head[(open + 1)..^1], out var index)) return (head, -1, member);
        return (head[..open], index, member);
    }
}
