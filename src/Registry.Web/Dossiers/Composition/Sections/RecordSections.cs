namespace Registry.Web.Dossiers.Composition.Sections;

/// <summary>The body of one record's dossier, in the order the issue lists it; a set dossier prints the same per record.</summary>
public static class RecordSections
{
    private static readonly Action<DossierWriter, RecordDossier, int>[] Order =
    [
        FactsSection.Write, ParticipantsSection.Write, SignatoriesSection.Write, CommitmentsSection.Write,
        CitationsSection.Write, RelationsSection.Write, TextsSection.Write, AttachmentsSection.Write, ProvenanceSection.Write,
    ];

    public static void Write(DossierWriter w, RecordDossier d, int level)
    {
        foreach (var section in Order) section(w, d, level);
    }
}
