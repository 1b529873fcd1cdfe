using Registry.Domain.Common;
using Registry.Domain.Resolutions;

namespace Registry.Domain.Tests.Resolutions;

public class UnSymbolTests
{
    private static readonly int CurrentYear = DateTime.UtcNow.Year;

    public static TheoryData<string, string> Citations => new()
    {
        // Security Council
        { "S/RES/2354 (2017)", "S/RES/2354 (2017)" },
        { "S/RES/2354(2017)", "S/RES/2354 (2017)" },
        { "s/res/2354 (2017)", "S/RES/2354 (2017)" },
        { "resolution 2354 (2017)", "S/RES/2354 (2017)" },
        { "UN Security Council resolution 2354 (2017)", "S/RES/2354 (2017)" },
        { "Security Council resolution 1373 (2001)", "S/RES/1373 (2001)" },
        { "United Nations Security Council Resolution 1373 (2001)", "S/RES/1373 (2001)" },
        { "UNSCR 1373 (2001)", "S/RES/1373 (2001)" },
        { "SC res. 1373 (2001)", "S/RES/1373 (2001)" },
        { "Security Council resolution S/RES/1373 (2001)", "S/RES/1373 (2001)" },
        { "  S/RES/2354 (2017).  ", "S/RES/2354 (2017)" },
        { "S / RES / 2354 ( 2017 )", "S/RES/2354 (2017)" },
        { "S/RES/1946 (1946)", "S/RES/1946 (1946)" },
        { "S/RES/2354 (2017)/Corr.1", "S/RES/2354 (2017)/Corr.1" },
        // Security Council without the year: incomplete
        { "UNSC resolution 2354", "S/RES/2354" },
        { "UNSCR 1373", "S/RES/1373" },
        { "SC res. 1373", "S/RES/1373" },
        { "S/RES/2354", "S/RES/2354" },
        { "Security Council resolution 1373.", "S/RES/1373" },
        // General Assembly, 31st session onwards
        { "General Assembly resolution 60/288", "A/RES/60/288" },
        { "GA resolution 60/288", "A/RES/60/288" },
        { "UNGA res 72/284", "A/RES/72/284" },
        { "UN General Assembly resolution 60/288", "A/RES/60/288" },
        { "GA res. 60/288", "A/RES/60/288" },
        { "A/RES/60/288", "A/RES/60/288" },
        { "a/res/60/288", "A/RES/60/288" },
        { "resolution 60/288", "A/RES/60/288" },
        { "res. 60/288", "A/RES/60/288" },
        { "General Assembly resolution A/RES/60/288", "A/RES/60/288" },
        { "A/RES/31/5", "A/RES/31/5" },
        { "A/RES/060/0288", "A/RES/60/288" },
        // General Assembly, up to the 30th session
        { "General Assembly resolution 3314 (XXIX)", "A/RES/3314 (XXIX)" },
        { "A/RES/3314 (XXIX)", "A/RES/3314 (XXIX)" },
        { "A/RES/3314(xxix)", "A/RES/3314 (XXIX)" },
        { "resolution 3314 (XXIX)", "A/RES/3314 (XXIX)" },
        { "A/RES/1 (I)", "A/RES/1 (I)" },
        { "A/RES/3541 (XXX)", "A/RES/3541 (XXX)" },
        { "A/RES/2625 (XXV)", "A/RES/2625 (XXV)" },
        // General Assembly, special and emergency special sessions
        { "A/RES/ES-10/19", "A/RES/ES-10/19" },
        { "A/RES/S-26/2", "A/RES/S-26/2" },
        { "A/RES/S-13/2", "A/RES/S-13/2" },
        { "A/RES/ES-8/2", "A/RES/ES-8/2" },
        { "a/res/es-10/19", "A/RES/ES-10/19" },
        { "A/RES/ES\u201310/19", "A/RES/ES-10/19" },
        { "General Assembly resolution ES-11/1", "A/RES/ES-11/1" },
        { "resolution S-26/2", "A/RES/S-26/2" },
        // Suffixes
        { "A/RES/60/288/Corr.1", "A/RES/60/288/Corr.1" },
        { "A/RES/60/288/corr.1", "A/RES/60/288/Corr.1" },
        { "A/RES/60/288/ADD.2", "A/RES/60/288/Add.2" },
        { "A/RES/60/288/Rev.1/Corr.2", "A/RES/60/288/Rev.1/Corr.2" },
        { "A/RES/60/288 / Amend 1", "A/RES/60/288/Amend.1" },
        { "A/RES/60/288/Corr.1.", "A/RES/60/288/Corr.1" },
        { "A/RES/3314 (XXIX)/Corr.1", "A/RES/3314 (XXIX)/Corr.1" },
        { "A/RES/ES-10/19/Add.1", "A/RES/ES-10/19/Add.1" },
        { "UNSC resolution 2354/Rev.1", "S/RES/2354/Rev.1" },
    };

    [Theory]
    [MemberData(nameof(Citations))]
    public void Parse_normalises_to_the_canonical_symbol(string text, string canonical)
    {
        Assert.Equal(canonical, UnSymbol.Parse(text).Canonical);
    }

    [Theory]
    [MemberData(nameof(Citations))]
    public void Canonical_round_trips(string text, string canonical)
    {
        var symbol = UnSymbol.Parse(text);
        var again = UnSymbol.Parse(symbol.Canonical);

        Assert.Equal(canonical, again.Canonical);
        Assert.Equal(symbol, again);
        Assert.Equal(symbol.GetHashCode(), again.GetHashCode());
        Assert.Equal(symbol.IsComplete, again.IsComplete);
    }

    [Theory]
    [MemberData(nameof(Citations))]
    public void TryParse_accepts_what_Parse_accepts(string text, string canonical)
    {
        Assert.True(UnSymbol.TryParse(text, out var symbol));
        Assert.Equal(canonical, symbol.Canonical);
    }

    public static TheoryData<string?> Garbage => new()
    {
        null,
        "",
        "   ",
        ".",
        "hello",
        "S/RES/",
        "A/RES/",
        "A/RES/60",
        "A/RES/60/",
        "resolution (2017)",
        "resolution",
        "S/RES/2354 (17)",
        "S/RES/2354 (20170)",
        "A/RES/3314 (XXXIV)",
        "A/RES/3314 (XXXI)",
        "A/RES/3314 (XIIII)",
        "A/RES/3314 (IVX)",
        "A/RES/3314 (ABC)",
        "A/RES/31/5 (XXXI)",
        "S/RES/2354 (1945)",
        "S/RES/2354 (1900)",
        $"S/RES/2354 ({CurrentYear + 2})",
        "resolution 2354 (3000)",
        "S/RES/0 (2017)",
        "S/RES/0000",
        "A/RES/60/0",
        "A/RES/ES-0/1",
        "A/RES/60/288/Corr.0",
        "A/RES/60/288/Corr.",
        "A/RES/60/288/Foo.1",
        "A/RES/60/288/",
        "A/RES/25/2625",
        "A/RES/999/1",
        "resolution 2354",
        "2354 (2017)",
        "60/288",
        "S/RES/60/288",
        "A/RES/2354 (2017)",
        "A/RES/2354",
        "S/RES/3314 (XXIX)",
        "S/RES/ES-10/19",
        "General Assembly resolution 2354 (2017)",
        "UNSC resolution 60/288",
        "Security Council resolution A/RES/60/288",
        "General Assembly resolution S/RES/2354 (2017)",
        "S/RES/2354 (2017) (2017)",
        "S/RES/2354 (2017) and more",
        "S/RES/123456 (2017)",
        "E/RES/2020/1",
        "S/RES/\u0662\u0663\u0665\u0664 (2017)",
        new string('x', 201),
        "S/RES/2354 (2017)" + new string(' ', 200),
    };

    [Theory]
    [MemberData(nameof(Garbage))]
    public void Parse_rejects_garbage_naming_the_field_and_the_accepted_forms(string? text)
    {
        var ex = Assert.Throws<DomainException>(() => UnSymbol.Parse(text));

        Assert.Equal("symbol", ex.Field);
        Assert.Contains("is not a UN resolution symbol", ex.Message);
        Assert.Contains("Accepted forms", ex.Message);
        Assert.EndsWith(UnSymbol.AcceptedForms, ex.Message);
    }

    [Theory]
    [MemberData(nameof(Garbage))]
    public void TryParse_returns_false_for_garbage(string? text)
    {
        Assert.False(UnSymbol.TryParse(text, out var symbol));
        Assert.Null(symbol);
    }

    [Fact]
    public void The_message_quotes_the_input_and_lists_the_accepted_forms()
    {
        var ex = Assert.Throws<DomainException>(() => UnSymbol.Parse("hello"));

        Assert.Equal(
            "'hello' is not a UN resolution symbol. Accepted forms: S/RES/2354 (2017), resolution 2354 (2017), " +
            "UNSC resolution 2354; A/RES/60/288, General Assembly resolution 60/288; A/RES/3314 (XXIX); " +
            "A/RES/S-13/2, A/RES/ES-8/2; suffixes /Add.1 /Corr.1 /Rev.1 /Amend.1",
            ex.Message);
    }

    [Fact]
    public void The_message_gives_the_reason_when_there_is_one()
    {
        var ex = Assert.Throws<DomainException>(() => UnSymbol.Parse("S/RES/2354 (1900)"));

        Assert.StartsWith($"'S/RES/2354 (1900)' is not a UN resolution symbol (the year must be between 1946 and {CurrentYear + 1}). Accepted forms: ", ex.Message);
    }

    [Fact]
    public void The_message_shortens_an_overlong_input()
    {
        var ex = Assert.Throws<DomainException>(() => UnSymbol.Parse(new string('x', 5000)));

        Assert.True(ex.Message.Length < 600, ex.Message);
        Assert.Contains("longer than 200 characters", ex.Message);
    }

    [Fact]
    public void Input_of_exactly_200_characters_is_accepted()
    {
        var text = "S/RES/2354 (2017)".PadRight(200);

        Assert.Equal("S/RES/2354 (2017)", UnSymbol.Parse(text).Canonical);
    }

    [Fact]
    public void Security_council_years_run_from_1946_to_next_year()
    {
        Assert.Equal(1946, UnSymbol.Parse("S/RES/1 (1946)").Year);
        Assert.Equal(CurrentYear + 1, UnSymbol.Parse($"S/RES/9999 ({CurrentYear + 1})").Year);
        Assert.False(UnSymbol.TryParse("S/RES/1 (1945)", out _));
        Assert.False(UnSymbol.TryParse($"S/RES/9999 ({CurrentYear + 2})", out _));
    }

    [Fact]
    public void Security_council_symbol_has_number_and_year()
    {
        var s = UnSymbol.Parse("UN Security Council resolution 2354 (2017)");

        Assert.Equal(UnOrgan.SecurityCouncil, s.Organ);
        Assert.Equal(2354, s.Number);
        Assert.Equal(2017, s.Year);
        Assert.Null(s.Session);
        Assert.Equal(GaSessionKind.Regular, s.SessionKind);
        Assert.Empty(s.Suffixes);
        Assert.True(s.IsComplete);
    }

    [Theory]
    [InlineData("UNSC resolution 2354", 2354)]
    [InlineData("UNSCR 1373", 1373)]
    [InlineData("SC res. 1373", 1373)]
    [InlineData("S/RES/1373", 1373)]
    public void Security_council_symbol_without_year_is_incomplete(string text, int number)
    {
        var s = UnSymbol.Parse(text);

        Assert.Equal(UnOrgan.SecurityCouncil, s.Organ);
        Assert.Equal(number, s.Number);
        Assert.Null(s.Year);
        Assert.False(s.IsComplete);
        Assert.Equal($"S/RES/{number}", s.Canonical);
    }

    [Theory]
    [InlineData("A/RES/60/288", 60, 288, GaSessionKind.Regular)]
    [InlineData("UNGA res 72/284", 72, 284, GaSessionKind.Regular)]
    [InlineData("A/RES/3314 (XXIX)", 29, 3314, GaSessionKind.Regular)]
    [InlineData("A/RES/1 (I)", 1, 1, GaSessionKind.Regular)]
    [InlineData("A/RES/S-13/2", 13, 2, GaSessionKind.Special)]
    [InlineData("A/RES/S-26/2", 26, 2, GaSessionKind.Special)]
    [InlineData("A/RES/ES-8/2", 8, 2, GaSessionKind.EmergencySpecial)]
    [InlineData("A/RES/ES-10/19", 10, 19, GaSessionKind.EmergencySpecial)]
    public void General_assembly_symbol_has_session_and_number(string text, int session, int number, GaSessionKind kind)
    {
        var s = UnSymbol.Parse(text);

        Assert.Equal(UnOrgan.GeneralAssembly, s.Organ);
        Assert.Equal(session, s.Session);
        Assert.Equal(number, s.Number);
        Assert.Equal(kind, s.SessionKind);
        Assert.Null(s.Year);
        Assert.True(s.IsComplete);
    }

    [Fact]
    public void Suffixes_are_kept_in_order_and_canonical_spelling()
    {
        var s = UnSymbol.Parse("a/res/60/288/rev.1/CORR.2/add 3/amend.4");

        Assert.Equal(["Rev.1", "Corr.2", "Add.3", "Amend.4"], s.Suffixes);
        Assert.Equal("A/RES/60/288/Rev.1/Corr.2/Add.3/Amend.4", s.Canonical);
    }

    [Fact]
    public void Every_roman_session_from_I_to_XXX_round_trips()
    {
        string[] numerals =
        [
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X",
            "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX",
            "XXI", "XXII", "XXIII", "XXIV", "XXV", "XXVI", "XXVII", "XXVIII", "XXIX", "XXX",
        ];
        for (var session = 1; session <= 30; session++)
        {
            var s = UnSymbol.Parse($"A/RES/100 ({numerals[session - 1]})");
            Assert.Equal(session, s.Session);
            Assert.Equal($"A/RES/100 ({numerals[session - 1]})", s.Canonical);
        }
    }

    [Fact]
    public void WithYear_completes_a_security_council_symbol()
    {
        var s = UnSymbol.Parse("UNSC resolution 2354");

        var completed = s.WithYear(2017);

        Assert.True(completed.IsComplete);
        Assert.Equal(2017, completed.Year);
        Assert.Equal("S/RES/2354 (2017)", completed.Canonical);
        Assert.Equal(UnSymbol.Parse("S/RES/2354 (2017)"), completed);
        Assert.False(s.IsComplete); // the original is unchanged
        Assert.Equal("S/RES/2354", s.Canonical);
    }

    [Fact]
    public void WithYear_keeps_suffixes_after_the_year()
    {
        var completed = UnSymbol.Parse("S/RES/2354/Corr.1").WithYear(2017);

        Assert.Equal("S/RES/2354 (2017)/Corr.1", completed.Canonical);
    }

    [Fact]
    public void WithYear_with_the_same_year_is_a_no_op()
    {
        var s = UnSymbol.Parse("S/RES/2354 (2017)");

        Assert.Same(s, s.WithYear(2017));
    }

    [Fact]
    public void WithYear_rejects_a_year_out_of_range()
    {
        var s = UnSymbol.Parse("UNSCR 2354");

        var ex = Assert.Throws<DomainException>(() => s.WithYear(1900));
        Assert.Equal("symbol", ex.Field);
        Assert.Contains("Accepted forms", ex.Message);
        Assert.Throws<DomainException>(() => s.WithYear(CurrentYear + 2));
    }

    [Fact]
    public void WithYear_refuses_to_change_a_year_or_to_date_a_general_assembly_symbol()
    {
        Assert.Throws<InvalidOperationException>(() => UnSymbol.Parse("S/RES/2354 (2017)").WithYear(2018));
        Assert.Throws<InvalidOperationException>(() => UnSymbol.Parse("A/RES/60/288").WithYear(2006));
    }

    [Fact]
    public void Symbols_compare_by_value_including_suffixes()
    {
        var a = UnSymbol.Parse("A/RES/60/288/Corr.1");
        var b = UnSymbol.Parse("General Assembly resolution 60/288/corr.1");
        var c = UnSymbol.Parse("A/RES/60/288/Corr.2");
        var d = UnSymbol.Parse("A/RES/60/288");

        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.NotEqual(a, d);
        Assert.Single(new HashSet<UnSymbol> { a, b });
    }

    [Fact]
    public void Constructed_symbols_equal_parsed_ones()
    {
        var built = new UnSymbol(UnOrgan.GeneralAssembly, 19, null, 10, GaSessionKind.EmergencySpecial, new List<string> { "Add.1" });

        Assert.Equal(UnSymbol.Parse("A/RES/ES-10/19/Add.1"), built);
        Assert.Equal("A/RES/ES-10/19/Add.1", built.Canonical);
    }

    [Fact]
    public void Suffixes_are_copied_so_the_caller_cannot_change_them()
    {
        var list = new List<string> { "Corr.1" };
        var s = new UnSymbol(UnOrgan.SecurityCouncil, 2354, 2017, null, GaSessionKind.Regular, list);

        list.Add("Rev.1");

        Assert.Equal("S/RES/2354 (2017)/Corr.1", s.Canonical);
    }

    [Fact]
    public void Canonical_follows_with_expressions()
    {
        var s = UnSymbol.Parse("S/RES/2354 (2017)");

        Assert.Equal("S/RES/2355 (2017)", (s with { Number = 2355 }).Canonical);
    }

    [Fact]
    public void ToString_is_the_canonical_symbol()
    {
        Assert.Equal("A/RES/3314 (XXIX)", UnSymbol.Parse("General Assembly resolution 3314 (XXIX)").ToString());
    }
}
