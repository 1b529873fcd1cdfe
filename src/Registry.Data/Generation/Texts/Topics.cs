namespace Registry.Data.Generation.Texts;

/// <summary>What a commitment is about: an infinitive clause in English and Russian and the resolutions it may cite.</summary>
public sealed record Topic(string Name, string En, string Ru, string[] Resolutions);

public static class Topics
{
    public static readonly Topic[] All =
    [
        new("internet", "counter the use of the Internet and other information and communication technologies for terrorist purposes",
            "противодействовать использованию сети Интернет и других информационно-коммуникационных технологий в террористических целях",
            ["S/RES/2354 (2017)", "S/RES/1624 (2005)"]),
        new("financing", "prevent and suppress the financing of terrorism, including through virtual assets and alternative remittance systems",
            "предупреждать и пресекать финансирование терроризма, в том числе с использованием виртуальных активов",
            ["S/RES/2462 (2019)", "S/RES/1373 (2001)"]),
        new("foreign terrorist fighters", "exchange information on foreign terrorist fighters, their movements and routes of transit",
            "обмениваться информацией об иностранных террористах-боевиках, их перемещениях и маршрутах транзита",
            ["S/RES/2178 (2014)", "S/RES/2396 (2017)"]),
        new("extradition", "extradite persons accused of terrorist offences or submit their cases to the competent authorities for prosecution",
            "выдавать лиц, обвиняемых в совершении преступлений террористического характера, или передавать их дела для уголовного преследования",
            ["S/RES/1373 (2001)"]),
        new("radicalization", "prevent radicalization leading to terrorism, in particular among young people and in places of detention",
            "предупреждать радикализацию, ведущую к терроризму, прежде всего среди молодёжи и в местах лишения свободы",
            ["A/RES/60/288", "S/RES/2354 (2017)"]),
        new("legal assistance", "render each other legal assistance in searching for terrorists and their accomplices and bringing them to justice",
            "оказывать друг другу правовую помощь в розыске террористов и их пособников и привлечении их к ответственности",
            ["S/RES/1373 (2001)"]),
        new("information exchange", "exchange operational information on planned terrorist acts and on terrorist organizations",
            "обмениваться оперативной информацией о готовящихся террористических актах и о террористических организациях", []),
        new("border security", "strengthen border controls to prevent the movement of terrorists and of weapons across borders",
            "усиливать пограничный контроль в целях предотвращения перемещения террористов и оружия через границы", ["S/RES/2396 (2017)"]),
        new("organized crime", "counter the links between terrorism, transnational organized crime and illicit drug trafficking",
            "противодействовать связям терроризма с транснациональной организованной преступностью и незаконным оборотом наркотиков",
            ["S/RES/2482 (2019)"]),
        new("sanctions lists", "maintain and exchange consolidated lists of organizations recognized as terrorist",
            "вести и передавать друг другу сводные перечни организаций, признанных террористическими", ["S/RES/1267 (1999)"]),
        new("training", "hold joint counter-terrorism exercises and train the personnel of the competent authorities",
            "проводить совместные антитеррористические учения и подготовку кадров компетентных органов", []),
        new("critical infrastructure", "protect critical infrastructure and transport facilities against terrorist attacks",
            "обеспечивать защиту критически важных объектов инфраструктуры и транспорта от террористических атак", []),
        new("global strategy", "implement the United Nations Global Counter-Terrorism Strategy in a balanced manner",
            "сбалансированно осуществлять Глобальную контртеррористическую стратегию ООН", ["A/RES/60/288", "A/RES/72/284"]),
    ];
}
