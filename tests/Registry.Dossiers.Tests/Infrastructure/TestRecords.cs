using System.Text;
using System.Text.Json;
using Registry.Data.Agreements;
using Registry.Data.Common;
using Registry.Data.Samples;
using Registry.Domain.Agreements;
using Registry.Testing;

namespace Registry.Dossiers.Tests.Infrastructure;

/// <summary>The records the dossier tests print: the reference record, and variants of it built from the sample file.</summary>
public static class TestRecords
{
    public const string Reference = "REG-2022-0001";
    public const string Multilingual = "REG-2024-0007";
    public const string Long = "REG-2024-0030";
    public const string AttachmentSha256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    public const string RussianSentence = "Стороны заявляют о единых подходах к противодействию международному терроризму и экстремизму.";
    public const string ChineseSentence = "各方宣布在打击国际恐怖主义和极端主义方面的共同立场。";
    public const string RussianTitle = "Совместная позиция РАТС ШОС, АТЦ СНГ и Секретариата ОДКБ по противодействию терроризму";
    public const string ChineseTitle = "上海合作组织地区反恐怖机构、独联体反恐中心和集安组织秘书处关于打击恐怖主义的共同立场";
    public const string Script = "<script>alert('dossier')</script>";

    public static string Image(string url) => $"<img src=\"{url}\">";

    public static AgreementDto Sample() =>
        JsonSerializer.Deserialize<SampleSet>(File.ReadAllText(SampleFile.Path), RegistryJson.Options)!.Agreements.Single();

    /// <summary>The sample with ru/zh titles and texts, and markup typed into its title, summary and English text.</summary>
    public static AgreementDto WithScriptsAndMarkup(string trackerUrl) => Sample() with
    {
        ReferenceNumber = Multilingual,
        Title = $"Joint Position on Combating Terrorism {Script}",
        ShortTitle = "Joint Position (multilingual test)",
        TitleRu = RussianTitle,
        TitleZh = ChineseTitle,
        Summary = $"A record whose summary carries an external image {Image(trackerUrl)} and a script {Script}.",
        AuthenticLanguages = ["ru", "zh"],
        Relations = [new RelationDto { Type = RelationType.Implements, ReferenceNumber = Reference, Note = "Implements the common approaches." }],
        Texts =
        [
            new TextDto("ru", true, RussianSentence + "\n\nСтороны намерены укреплять взаимодействие."),
            new TextDto("zh", true, ChineseSentence + "\n\n各方打算加强合作。"),
            new TextDto("en", false, $"The Parties declare common approaches. {Script}\n{Image(trackerUrl)}"),
        ],
    };

    /// <summary>The sample with long texts in three languages: a dossier of about thirty pages.</summary>
    public static AgreementDto LongRecord() => Sample() with
    {
        ReferenceNumber = Long,
        ShortTitle = "Joint Position (long text)",
        TitleRu = RussianTitle,
        TitleZh = ChineseTitle,
        AuthenticLanguages = ["en", "ru", "zh"],
        Texts =
        [
            new TextDto("en", true, Repeat(Sample().Sources![0].Excerpt!.Replace("\n\n", " "), 18)),
            new TextDto("ru", true, Repeat(RussianSentence + " Стороны намерены укреплять взаимодействие и содействовать "
                + "сотрудничеству государств — членов ШОС, СНГ и ОДКБ в сфере противодействия терроризму, включая правовую помощь.", 70)),
            new TextDto("zh", true, Repeat(ChineseSentence
                + "各方打算加强上海合作组织成员国、独联体成员国和集安组织成员国在反恐领域的协作与合作，包括在搜查和引渡恐怖分子方面提供司法协助。", 60)),
        ],
    };

    private static string Repeat(string paragraph, int times)
    {
        var text = new StringBuilder();
        for (var i = 1; i <= times; i++) text.Append($"{i}. ").Append(paragraph).Append("\n\n");
        return text.ToString();
    }
}
