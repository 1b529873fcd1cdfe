namespace Registry.Web.Agreements.Editing;

/// <summary>The words the editor labels each top-level field with, for the conflict view.</summary>
public static class FieldLabels
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["referenceNumber"] = "Reference number", ["title"] = "Title", ["shortTitle"] = "Short title",
        ["titleRu"] = "Title in Russian", ["titleZh"] = "Title in Chinese", ["kind"] = "Kind", ["status"] = "Status",
        ["adoptedOn"] = "Adopted on", ["openedForSignatureOn"] = "Opened for signature on", ["signedOn"] = "Signed on",
        ["entryIntoForceOn"] = "Entry into force on", ["terminatedOn"] = "Terminated or expired on", ["place"] = "Place",
        ["depositary"] = "Depositary", ["authenticLanguages"] = "Authentic languages", ["subjects"] = "Subjects",
        ["summary"] = "Summary", ["parties"] = "Parties and participant actions", ["signatories"] = "Signatories",
        ["citations"] = "Cited UN resolutions", ["commitments"] = "Commitments", ["relations"] = "Relations to other agreements",
        ["texts"] = "Full texts", ["identifiers"] = "Identifiers", ["sources"] = "Sources",
    };

    public static string Of(string field) => Labels.GetValueOrDefault(field, field);
}
