using Registry.Domain.Agreements;

namespace Registry.Data.Generation.Texts;

/// <summary>What a document is called in English, Russian and Chinese, and what it is about.</summary>
public static class Titles
{
    public static readonly Dictionary<AgreementKind, (string En, string Ru, string Zh)> Kinds = new()
    {
        [AgreementKind.Treaty] = ("Treaty", "Договор", "条约"),
        [AgreementKind.Agreement] = ("Agreement", "Соглашение", "协定"),
        [AgreementKind.Convention] = ("Convention", "Конвенция", "公约"),
        [AgreementKind.Protocol] = ("Protocol", "Протокол", "议定书"),
        [AgreementKind.AmendingAgreement] = ("Protocol on Amendments to the Agreement", "Протокол о внесении изменений в Соглашение", "修正议定书"),
        [AgreementKind.ExchangeOfLetters] = ("Exchange of Letters", "Обмен письмами", "换文"),
        [AgreementKind.MemorandumOfUnderstanding] = ("Memorandum of Understanding", "Меморандум о взаимопонимании", "谅解备忘录"),
        [AgreementKind.JointDeclaration] = ("Joint Declaration", "Совместная декларация", "联合宣言"),
        [AgreementKind.JointStatement] = ("Joint Statement", "Совместное заявление", "联合声明"),
        [AgreementKind.JointPosition] = ("Joint Position", "Совместная позиция", "共同立场"),
        [AgreementKind.Arrangement] = ("Arrangement", "Договорённость", "安排"),
        [AgreementKind.Minutes] = ("Minutes of the Meeting", "Протокол встречи", "会谈纪要"),
    };

    public static readonly (string En, string Ru, string Zh)[] Subjects =
    [
        ("on Cooperation in Combating Terrorism", "о сотрудничестве в борьбе с терроризмом", "关于打击恐怖主义合作"),
        ("on Combating Terrorism and Extremism", "по противодействию терроризму и экстремизму", "关于打击恐怖主义和极端主义"),
        ("on Countering the Financing of Terrorism", "о противодействии финансированию терроризма", "关于打击资助恐怖主义"),
        ("on Countering the Use of the Internet for Terrorist Purposes", "о противодействии использованию сети Интернет в террористических целях",
            "关于打击利用互联网从事恐怖活动"),
        ("on Foreign Terrorist Fighters", "об иностранных террористах-боевиках", "关于外国恐怖主义作战人员"),
        ("on the Exchange of Information on Terrorist Organizations", "об обмене информацией о террористических организациях",
            "关于交换恐怖组织信息"),
        ("on Legal Assistance and Extradition in Terrorism Cases", "о правовой помощи и выдаче по делам о терроризме", "关于恐怖主义案件司法协助和引渡"),
        ("on Joint Counter-Terrorism Exercises", "о совместных антитеррористических учениях", "关于联合反恐演习"),
        ("on Countering Radicalization and Violent Extremism", "о противодействии радикализации и насильственному экстремизму",
            "关于打击激进化和暴力极端主义"),
    ];
}
