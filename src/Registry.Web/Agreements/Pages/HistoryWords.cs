using System.Text.Json;
using Registry.Domain.Agreements;
using static Registry.Web.Ui.Text;

namespace Registry.Web.Agreements.Pages;

/// <summary>The audit's technical names in words: entity types, property names, actions and stored values.</summary>
public static class HistoryWords
{
    private static readonly string[] Parts = [nameof(Agreement), nameof(Party), nameof(ParticipantAction), nameof(Signatory),
        nameof(Citation), nameof(Commitment), nameof(AgreementRelation), nameof(AgreementText), nameof(ExternalIdentifier), nameof(Source),
        nameof(Attachment)];

    public static int Order(string entity) => Array.IndexOf(Parts, entity) is var i and >= 0 ? i : Parts.Length;

    private static string Kebab(string pascal) => JsonNamingPolicy.KebabCaseLower.ConvertName(pascal);

    private static readonly Dictionary<string, string> FieldWords = new()
    {
        ["BodyId"] = "Body", ["PersonId"] = "Person", ["ResolutionId"] = "UN resolution", ["DepositaryId"] = "Depositary",
        ["TargetAgreementId"] = "Related document", ["BodyIds"] = "Parties bound", ["ResolutionIds"] = "Cited UN resolutions",
        ["PlaceCity"] = "City", ["PlaceVenue"] = "Venue", ["PlaceCountry"] = "Country", ["TitleRu"] = "Title in Russian",
        ["TitleZh"] = "Title in Chinese", ["Sha256"] = "SHA-256", ["Url"] = "Web address", ["IsAuthentic"] = "Authentic text",
        ["IsGenerated"] = "Generated record", ["Ordinal"] = "Number", ["Note"] = "Notes", ["EntryIntoForceOn"] = "Entry into force on",
    };

    public static string Field(string name) => FieldWords.TryGetValue(name, out var word) ? word : Words(Kebab(name));

    public static string Action(string action) => action switch { "Added" => "Added", "Modified" => "Changed", "Deleted" => "Removed", _ => action };

    public static string Entity(string type) => type switch
    {
        nameof(Agreement) => "Record",
        nameof(ParticipantAction) => "Participant action",
        nameof(AgreementRelation) => "Relation",
        nameof(AgreementText) => "Text",
        nameof(ExternalIdentifier) => "Identifier",
        _ => Words(Kebab(type)),
    };

    /// <summary>The audit stores enums as numbers; the history shows them in words.</summary>
    public static string Value(string entity, string field, JsonElement v)
    {
        var enumType = (entity, field) switch
        {
            (_, "Kind") => typeof(AgreementKind), (_, "Status") => typeof(AgreementStatus), (_, "Role") => typeof(PartyRole),
            (_, "Modality") => typeof(Modality), (nameof(ParticipantAction), "Type") => typeof(ParticipantActionType),
            (nameof(AgreementRelation), "Type") => typeof(RelationType), _ => null,
        };
        if (enumType is not null && v.ValueKind == JsonValueKind.Number && Enum.ToObject(enumType, v.GetInt32()) is var e)
            return L(Words(Kebab(e.ToString()!)));
        var text = v.ValueKind switch
        {
            JsonValueKind.Null or JsonValueKind.Undefined => "—",
            JsonValueKind.String => v.GetString() ?? "",
            JsonValueKind.Array => string.Join(", ", v.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.GetRawText())),
            _ => v.GetRawText(),
        };
        return text.Length <= 160 ? text : text[..157] + "…";
    }
}
