using Registry.Domain.Bodies;

namespace Registry.Data.Generation.Catalogue;

/// <summary>The CIS, the CSTO and the SCO with the organs that sign counter-terrorism documents.</summary>
public static class Organizations
{
    private const BodyKind Org = BodyKind.InternationalOrganization, Organ = BodyKind.OrganOfOrganization;

    public static readonly BodySpec[] All =
    [
        new("CIS", "Commonwealth of Independent States", "Содружество Независимых Государств", "独立国家联合体", Org, null,
            1991, "Minsk", "Executive Secretary of the Commonwealth of Independent States", "СНГ", Aliases: ["СНГ"]),
        new("CSTO", "Collective Security Treaty Organization", "Организация Договора о коллективной безопасности",
            "集体安全条约组织", Org, null, 2002, "Moscow", "Secretary General of the Collective Security Treaty Organization", "ОДКБ",
            Aliases: ["ОДКБ", "Collective Security Treaty Organisation"]),
        new("SCO", "Shanghai Cooperation Organization", "Шанхайская организация сотрудничества", "上海合作组织", Org, null,
            2001, "Beijing", "Secretary-General of the Shanghai Cooperation Organization", "ШОС",
            Aliases: ["ШОС", "Shanghai Cooperation Organisation"]),
        new("CIS Executive Committee", "Executive Committee of the Commonwealth of Independent States",
            "Исполнительный комитет Содружества Независимых Государств", "独立国家联合体执行委员会", Organ, "CIS", 1999, "Minsk",
            "Chairman of the Executive Committee of the Commonwealth of Independent States", "Исполнительного комитета СНГ"),
        new("CIS ATC", "Anti-Terrorist Center of the Commonwealth of Independent States",
            "Антитеррористический центр государств – участников Содружества Независимых Государств", "独联体反恐中心", Organ, "CIS",
            2000, "Moscow", "Head of the Anti-Terrorist Center of the Commonwealth of Independent States", "АТЦ СНГ",
            Aliases: ["ATC CIS", "Anti-Terrorist Center of the CIS", "АТЦ СНГ"]),
        new("CIS IPA", "Interparliamentary Assembly of the Member Nations of the Commonwealth of Independent States",
            "Межпарламентская Ассамблея государств – участников Содружества Независимых Государств", "独联体成员国议会间大会", Organ,
            "CIS", 1992, "Saint Petersburg", "Secretary General of the Council of the Interparliamentary Assembly of the CIS", "МПА СНГ"),
        new("CIS CHSS", "Council of Heads of Security Agencies and Special Services of the CIS Member States",
            "Совет руководителей органов безопасности и специальных служб государств – участников СНГ", null, Organ, "CIS", 1997,
            "Moscow", "Chairman of the Council of Heads of Security Agencies and Special Services of the CIS Member States", "СОРБ СНГ"),
        new("CSTO Secretariat", "Secretariat of the Collective Security Treaty Organization",
            "Секретариат Организации Договора о коллективной безопасности", "集体安全条约组织秘书处", Organ, "CSTO", 2002, "Moscow",
            "Secretary General of the Collective Security Treaty Organization", "Секретариата ОДКБ",
            Aliases: ["Secretariat of the CSTO", "Секретариат ОДКБ"]),
        new("CSTO Joint Staff", "Joint Staff of the Collective Security Treaty Organization",
            "Объединённый штаб Организации Договора о коллективной безопасности", "集体安全条约组织联合参谋部", Organ, "CSTO", 2004,
            "Moscow", "Chief of the Joint Staff of the Collective Security Treaty Organization", "Объединённого штаба ОДКБ"),
        new("CSTO PA", "Parliamentary Assembly of the Collective Security Treaty Organization",
            "Парламентская Ассамблея Организации Договора о коллективной безопасности", "集体安全条约组织议会大会", Organ, "CSTO", 2006,
            "Saint Petersburg", "Executive Secretary of the Parliamentary Assembly of the Collective Security Treaty Organization", "ПА ОДКБ"),
        new("SCO Secretariat", "Secretariat of the Shanghai Cooperation Organization", "Секретариат Шанхайской организации сотрудничества",
            "上海合作组织秘书处", Organ, "SCO", 2004, "Beijing", "Secretary-General of the Shanghai Cooperation Organization", "Секретариата ШОС"),
        new("SCO RATS", "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization",
            "Региональная антитеррористическая структура Шанхайской организации сотрудничества", "上海合作组织地区反恐怖机构", Organ,
            "SCO", 2004, "Tashkent", "Director of the Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization",
            "РАТС ШОС", Aliases: ["RATS SCO", "Regional Anti-Terrorist Structure of the SCO", "РАТС ШОС"]),
        new("SCO RATS Executive Committee", "Executive Committee of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization",
            "Исполнительный комитет Региональной антитеррористической структуры ШОС", "上海合作组织地区反恐怖机构执行委员会", Organ,
            "SCO RATS", 2004, "Tashkent", "Chief of Staff of the Executive Committee of the Regional Anti-Terrorist Structure of the SCO",
            "Исполкома РАТС ШОС"),
    ];
}
