namespace Registry.Web.Agreements.Pages;

/// <summary>The agreement page's sections: the anchors of the "on this page" links and their headings.</summary>
public static class AgreementSections
{
    public const string Facts = "facts", Participants = "participants", Signatories = "signatories", Commitments = "commitments",
        Citations = "citations", Relations = "relations", Texts = "texts", Attachments = "attachments", History = "history";

    public static readonly (string Id, string Title)[] All =
    [
        (Facts, "Key facts"), (Participants, "Participants"), (Signatories, "Signatories"), (Commitments, "Commitments"),
        (Citations, "Cited UN instruments"), (Relations, "Related documents"), (Texts, "Full texts"), (Attachments, "Attachments"),
        (History, "Change history"),
    ];

    public static string Title(string id) => All.First(s => s.Id == id).Title;
}
