using Registry.Data.Agreements;
using Registry.Domain.Agreements;
using static Registry.Web.Dossiers.Composition.DossierWords;

namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>The participant table: one row per party, a column per kind of action taken, with deposits, reservations and declarations.</summary>
public static class ParticipantsSection
{
    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        w.Heading(level, "Participants");
        var parties = d.Record.Parties ?? [];
        if (parties.Count == 0) { w.None("No parties are recorded."); return; }
        var types = Enum.GetValues<ParticipantActionType>()
            .Where(t => parties.Any(p => (p.Actions ?? []).Any(a => a.Type == t))).ToList();
        w.Raw("<table><thead><tr><th scope=\"col\">Party</th><th scope=\"col\">Role</th>");
        foreach (var t in types) w.Raw("<th scope=\"col\">").Text(Of(t)).Raw("</th>");
        w.Raw("</tr></thead><tbody>");
        foreach (var p in parties)
        {
            w.Raw("<tr><th scope=\"row\">").Text(p.Body).Raw("<small>").Text(p.BodyName).Raw("</small></th><td>").Text(Of(p.Role)).Raw("</td>");
            foreach (var t in types) Cell(w, (p.Actions ?? []).Where(a => a.Type == t));
            w.Raw("</tr>");
        }
        w.Raw("</tbody></table>");
    }

    private static void Cell(DossierWriter w, IEnumerable<ActionDto> actions)
    {
        w.Raw("<td class=\"date\">");
        foreach (var a in actions)
        {
            w.Raw("<div>").Text(a.Date is null ? "date not recorded" : Date(a.Date));
            if (a.DepositedOn is { } deposited) w.Raw("<small>").Text($"deposited {Date(deposited)}").Raw("</small>");
            if (!string.IsNullOrWhiteSpace(a.Note)) w.Raw("<small style=\"white-space:normal\">").Text(a.Note).Raw("</small>");
            w.Raw("</div>");
        }
        w.Raw("</td>");
    }
}
