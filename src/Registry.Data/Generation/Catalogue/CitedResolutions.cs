namespace Registry.Data.Generation.Catalogue;

/// <summary>A UN resolution the generator cites, with the words texts use for it.</summary>
public sealed record ResolutionSpec(string Symbol, DateOnly AdoptedOn, string Title, string CitingWords, string CitingWordsRu,
    string[] Aliases);

/// <summary>The catalogue of shared/reference/un-instruments.md.</summary>
public static class CitedResolutions
{
    public static readonly ResolutionSpec[] All =
    [
        Sc("S/RES/1267 (1999)", 1999, 10, 15, "Sanctions against the Taliban (later the Al-Qaida sanctions regime)"),
        Sc("S/RES/1373 (2001)", 2001, 9, 28, "Threats to international peace and security caused by terrorist acts", "resolution 1373", "UNSCR 1373"),
        Sc("S/RES/1624 (2005)", 2005, 9, 14, "Prohibition of incitement to commit terrorist acts"),
        Sc("S/RES/2178 (2014)", 2014, 9, 24, "Foreign terrorist fighters"),
        Sc("S/RES/2354 (2017)", 2017, 5, 24, "Countering terrorist narratives (comprehensive international framework)"),
        Sc("S/RES/2396 (2017)", 2017, 12, 21, "Returning and relocating foreign terrorist fighters"),
        Sc("S/RES/2462 (2019)", 2019, 3, 28, "Preventing and suppressing the financing of terrorism"),
        Sc("S/RES/2482 (2019)", 2019, 7, 19, "Links between international terrorism and organized crime"),
        new("A/RES/60/288", new DateOnly(2006, 9, 8), "The United Nations Global Counter-Terrorism Strategy",
            "the UN Global Counter-Terrorism Strategy", "Глобальной контртеррористической стратегии ООН",
            ["the UN Global Counter-Terrorism Strategy", "the Global Strategy"]),
        new("A/RES/72/284", new DateOnly(2018, 6, 26), "The United Nations Global Counter-Terrorism Strategy Review",
            "General Assembly resolution 72/284", "резолюции Генеральной Ассамблеи ООН 72/284", []),
    ];

    private static ResolutionSpec Sc(string symbol, int y, int m, int d, string title, params string[] aliases)
    {
        var number = symbol[6..];
        return new(symbol, new DateOnly(y, m, d), title, $"Security Council resolution {number}",
            $"резолюции Совета Безопасности ООН {number}", aliases);
    }
}
