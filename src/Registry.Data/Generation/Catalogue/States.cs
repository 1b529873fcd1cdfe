using Registry.Domain.Bodies;

namespace Registry.Data.Generation.Catalogue;

/// <summary>Member states of the CIS, the CSTO and the SCO, with the cities where documents get signed.</summary>
public static class States
{
    public static readonly BodySpec[] All =
    [
        State("RU", "Russia", "Russian Federation", "Российская Федерация", "俄罗斯联邦", "Российской Федерации", "Moscow"),
        State("BY", "Belarus", "Republic of Belarus", "Республика Беларусь", "白俄罗斯共和国", "Республики Беларусь", "Minsk"),
        State("KZ", "Kazakhstan", "Republic of Kazakhstan", "Республика Казахстан", "哈萨克斯坦共和国", "Республики Казахстан", "Astana"),
        State("KG", "Kyrgyzstan", "Kyrgyz Republic", "Кыргызская Республика", "吉尔吉斯共和国", "Кыргызской Республики", "Bishkek"),
        State("TJ", "Tajikistan", "Republic of Tajikistan", "Республика Таджикистан", "塔吉克斯坦共和国", "Республики Таджикистан", "Dushanbe"),
        State("AM", "Armenia", "Republic of Armenia", "Республика Армения", "亚美尼亚共和国", "Республики Армения", "Yerevan"),
        State("UZ", "Uzbekistan", "Republic of Uzbekistan", "Республика Узбекистан", "乌兹别克斯坦共和国", "Республики Узбекистан", "Tashkent"),
        State("AZ", "Azerbaijan", "Republic of Azerbaijan", "Азербайджанская Республика", "阿塞拜疆共和国", "Азербайджанской Республики", "Baku"),
        State("MD", "Moldova", "Republic of Moldova", "Республика Молдова", "摩尔多瓦共和国", "Республики Молдова", "Chisinau"),
        State("CN", "China", "People's Republic of China", "Китайская Народная Республика", "中华人民共和国", "Китайской Народной Республики", "Beijing"),
        State("IN", "India", "Republic of India", "Республика Индия", "印度共和国", "Республики Индия", "New Delhi"),
        State("PK", "Pakistan", "Islamic Republic of Pakistan", "Исламская Республика Пакистан", "巴基斯坦伊斯兰共和国", "Исламской Республики Пакистан", "Islamabad"),
        State("IR", "Iran", "Islamic Republic of Iran", "Исламская Республика Иран", "伊朗伊斯兰共和国", "Исламской Республики Иран", "Tehran"),
    ];

    /// <summary>Which states belonged to which organization from which year (the CSTO's from the 1992 Treaty).</summary>
    public static readonly Dictionary<string, (string Country, int Since)[]> Members = new()
    {
        ["CIS"] = [("RU", 1991), ("BY", 1991), ("KZ", 1991), ("KG", 1991), ("TJ", 1991), ("AM", 1991), ("UZ", 1991), ("AZ", 1993), ("MD", 1994)],
        ["CSTO"] = [("RU", 1992), ("KZ", 1992), ("KG", 1992), ("TJ", 1992), ("AM", 1992), ("BY", 1993)],
        ["SCO"] = [("RU", 1996), ("KZ", 1996), ("KG", 1996), ("TJ", 1996), ("CN", 1996), ("UZ", 2001), ("IN", 2017), ("PK", 2017), ("IR", 2023), ("BY", 2024)],
    };

    /// <summary>Cities other than capitals where summits and meetings are held.</summary>
    public static readonly (string City, string Country)[] OtherCities =
    [
        ("Saint Petersburg", "RU"), ("Sochi", "RU"), ("Kazan", "RU"), ("Almaty", "KZ"), ("Cholpon-Ata", "KG"),
        ("Samarkand", "UZ"), ("Shanghai", "CN"), ("Qingdao", "CN"), ("Yekaterinburg", "RU"), ("Ufa", "RU"),
    ];

    private static BodySpec State(string code, string shortName, string name, string ru, string zh, string genitiveRu, string capital) =>
        new(shortName, name, ru, zh, BodyKind.State, null, 1991, capital, $"Minister of Foreign Affairs of the {name}", genitiveRu,
            code, [code]);
}
