using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using Registry.Domain.Common;

namespace Registry.Domain.Resolutions;

/// <summary>The kind of General Assembly session a resolution was adopted at.</summary>
public enum GaSessionKind
{
    Regular,
    Special,
    EmergencySpecial,
}

/// <summary>
/// A UN resolution document symbol, e.g. <c>S/RES/2354 (2017)</c>, <c>A/RES/60/288</c>, <c>A/RES/3314 (XXIX)</c>,
/// <c>A/RES/ES-10/19/Corr.1</c>. <see cref="Parse"/> accepts the loose ways texts cite resolutions and
/// <see cref="Canonical"/> gives the one official spelling.
/// </summary>
/// <remarks>
/// Security Council symbols carry <see cref="Year"/> (<see cref="Session"/> is null); General Assembly symbols carry
/// <see cref="Session"/> and <see cref="SessionKind"/> (<see cref="Year"/> is null). A Security Council citation without
/// its year ("UNSC resolution 2354") parses to an incomplete symbol; complete it with <see cref="WithYear"/>.
/// The constructor does not validate: build symbols through <see cref="Parse"/>.
/// </remarks>
public sealed partial record UnSymbol(
    UnOrgan Organ, int Number, int? Year, int? Session, GaSessionKind SessionKind, IReadOnlyList<string> Suffixes)
{
    public const string AcceptedForms =
        "S/RES/2354 (2017), resolution 2354 (2017), UNSC resolution 2354; " +
        "A/RES/60/288, General Assembly resolution 60/288; A/RES/3314 (XXIX); " +
        "A/RES/S-13/2, A/RES/ES-8/2; suffixes /Add.1 /Corr.1 /Rev.1 /Amend.1";

    public const int MaxInputLength = 200;

    private const int FirstYear = 1946; // first resolutions of both organs
    private const int LastRomanSession = 30; // GA sessions I..XXX are cited A/RES/number (session); from the 31st, A/RES/session/number
    private const int GaFirstSessionYear = 1946; // regular session n opens in September of 1945 + n

    private static readonly string[] SuffixNames = ["Add", "Corr", "Rev", "Amend"];

    /// <summary>Suffixes in canonical spelling and in order, e.g. <c>Corr.1</c>, <c>Rev.2</c>.</summary>
    public IReadOnlyList<string> Suffixes { get; init; } = [.. Suffixes];

    /// <summary>The official spelling, e.g. <c>S/RES/2354 (2017)</c>; <c>S/RES/2354</c> while the year is unknown.</summary>
    // Computed on every read rather than stored, so that `with { ... }` copies can never carry a stale value.
    public string Canonical => Format();

    /// <summary>False only for a Security Council symbol whose year is not known yet.</summary>
    public bool IsComplete => Organ != UnOrgan.SecurityCouncil || Year is not null;

    private static int MaxYear => DateTime.UtcNow.Year + 1;

    private static int MaxRegularSession => MaxYear - GaFirstSessionYear + 1;

    /// <summary>Parses a loose citation. Throws <see cref="DomainException"/> (field "symbol") listing the accepted forms.</summary>
    public static UnSymbol Parse(string? text) =>
        ParseCore(text, out var reason) ?? throw Invalid(text, reason);

    public static bool TryParse(string? text, [NotNullWhen(true)] out UnSymbol? symbol)
    {
        symbol = ParseCore(text, out _);
        return symbol is not null;
    }

    /// <summary>Completes a Security Council symbol with the year it was adopted in.</summary>
    public UnSymbol WithYear(int year)
    {
        if (Organ != UnOrgan.SecurityCouncil)
            throw new InvalidOperationException($"{Canonical} is a General Assembly symbol; only Security Council symbols carry a year.");
        if (Year == year)
            return this;
        if (Year is not null)
            throw new InvalidOperationException($"{Canonical} already has a year; it cannot be changed to {year}.");
        var completed = this with { Year = year };
        if (year < FirstYear || year > MaxYear)
            throw Invalid(completed.Canonical, YearRange());
        return completed;
    }

    public bool Equals(UnSymbol? other) =>
        ReferenceEquals(this, other) ||
        other is not null && Organ == other.Organ && Number == other.Number && Year == other.Year &&
        Session == other.Session && SessionKind == other.SessionKind &&
        Suffixes.SequenceEqual(other.Suffixes, StringComparer.Ordinal);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Organ);
        hash.Add(Number);
        hash.Add(Year);
        hash.Add(Session);
        hash.Add(SessionKind);
        foreach (var suffix in Suffixes)
            hash.Add(suffix, StringComparer.Ordinal);
        return hash.ToHashCode();
    }

    public override string ToString() => Canonical;

    // One pattern for every accepted citation: an optional organ word ("UNSC resolution", "GA res.", plain
    // "resolution"), an optional formal prefix (S/RES/, A/RES/), the body, then any suffixes. Which organ it is
    // and whether the parts agree is decided in ParseCore, where the reasons can be reported.
    [GeneratedRegex("""
        ^
        (?:
            (?<scWord> (?:(?:UN|United\s+Nations)\s+)? Security\s+Council\s+(?:resolution|res\.?)
                     | UNSC\s+(?:resolution|res\.?) | UNSCR | SC\s+(?:resolution|res\.?) )
          | (?<gaWord> (?:(?:UN|United\s+Nations)\s+)? General\s+Assembly\s+(?:resolution|res\.?)
                     | UNGA\s+(?:resolution|res\.?) | GA\s+(?:resolution|res\.?) )
          | (?<plainWord> resolution | res\.? )
        )?
        \s*
        (?: (?<formal>[SA]) \s*/\s* RES \s*/\s* )?
        (?:
            (?<kind>ES|S) \s*-?\s* (?<session>[0-9]{1,2}) \s*/\s* (?<number>[0-9]{1,5})     # GA special: S-13/2, ES-8/2
          | (?<session>[0-9]{1,3}) \s*/\s* (?<number>[0-9]{1,5})                            # GA 31st session on: 60/288
          | (?<number>[0-9]{1,5}) \s*\(\s* (?<roman>[IVXLC]{1,9}) \s*\)                    # GA up to the 30th: 3314 (XXIX)
          | (?<number>[0-9]{1,5}) (?: \s*\(\s* (?<year>[0-9]{4}) \s*\) )?                  # SC: 2354 (2017), 2354
        )
        (?: \s*/\s* (?<suffix>Add|Corr|Rev|Amend) \.? \s* (?<suffixNumber>[0-9]{1,3}) )*
        $
        """,
        RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture |
        RegexOptions.CultureInvariant)]
    private static partial Regex SymbolRegex();

    /// <summary>Returns null when <paramref name="text"/> is not a symbol; <paramref name="reason"/> then says why, if more can be said than "no match".</summary>
    private static UnSymbol? ParseCore(string? text, out string? reason)
    {
        reason = null;
        if (text is null)
            return null;
        if (text.Length > MaxInputLength)
            return Fail(out reason, $"longer than {MaxInputLength} characters");

        var s = NormalizeDashes(text.Trim());
        if (s.EndsWith('.'))
            s = s[..^1].TrimEnd();
        var m = SymbolRegex().Match(s);
        if (!m.Success)
            return null;

        UnOrgan? byWord = m.Groups["scWord"].Success ? UnOrgan.SecurityCouncil
            : m.Groups["gaWord"].Success ? UnOrgan.GeneralAssembly
            : null;
        UnOrgan? byFormal = !m.Groups["formal"].Success ? null
            : char.ToUpperInvariant(m.Groups["formal"].Value[0]) == 'S' ? UnOrgan.SecurityCouncil
            : UnOrgan.GeneralAssembly;
        if (byWord is not null && byFormal is not null && byWord != byFormal)
            return Fail(out reason, "it names both the Security Council and the General Assembly");
        // A bare "2354 (2017)" or "60/288" is not taken as a citation: it needs at least "resolution" or S/RES/, A/RES/.
        if (byWord is null && byFormal is null && !m.Groups["plainWord"].Success)
            return null;
        var organ = byWord ?? byFormal;

        var number = ToInt(m.Groups["number"]);
        if (number < 1)
            return Fail(out reason, "resolution numbers start at 1");

        var suffixes = new List<string>();
        var kinds = m.Groups["suffix"].Captures;
        var numbers = m.Groups["suffixNumber"].Captures;
        for (var i = 0; i < kinds.Count; i++)
        {
            var suffixNumber = int.Parse(numbers[i].Value, CultureInfo.InvariantCulture);
            if (suffixNumber < 1)
                return Fail(out reason, "suffix numbers start at 1");
            var name = SuffixNames.First(n => n.Equals(kinds[i].Value, StringComparison.OrdinalIgnoreCase));
            suffixes.Add(string.Create(CultureInfo.InvariantCulture, $"{name}.{suffixNumber}"));
        }

        var isGaBody = m.Groups["session"].Success || m.Groups["roman"].Success;
        if (isGaBody && organ == UnOrgan.SecurityCouncil)
            return Fail(out reason, "Security Council resolutions are cited as number (year)");

        if (m.Groups["kind"].Success)
        {
            var session = ToInt(m.Groups["session"]);
            if (session < 1)
                return Fail(out reason, "session numbers start at 1");
            var kind = m.Groups["kind"].Value.Length == 2 ? GaSessionKind.EmergencySpecial : GaSessionKind.Special;
            return new UnSymbol(UnOrgan.GeneralAssembly, number, null, session, kind, suffixes);
        }

        if (m.Groups["roman"].Success)
        {
            var session = FromRoman(m.Groups["roman"].Value.ToUpperInvariant());
            if (session is null or < 1 or > LastRomanSession)
                return Fail(out reason, $"sessions in Roman numerals run from I to {ToRoman(LastRomanSession)}");
            return new UnSymbol(UnOrgan.GeneralAssembly, number, null, session, GaSessionKind.Regular, suffixes);
        }

        if (m.Groups["session"].Success)
        {
            var session = ToInt(m.Groups["session"]);
            if (session <= LastRomanSession)
                return Fail(out reason, $"resolutions of sessions 1 to {LastRomanSession} are cited as number (Roman session), e.g. A/RES/3314 (XXIX)");
            if (session > MaxRegularSession)
                return Fail(out reason, $"the session must be between {LastRomanSession + 1} and {MaxRegularSession}");
            return new UnSymbol(UnOrgan.GeneralAssembly, number, null, session, GaSessionKind.Regular, suffixes);
        }

        // Security Council body: number, optionally (year).
        if (organ == UnOrgan.GeneralAssembly)
            return Fail(out reason, "General Assembly resolutions are cited as session/number");
        int? year = m.Groups["year"].Success ? ToInt(m.Groups["year"]) : null;
        if (year is null && organ is null)
            return Fail(out reason, "a bare number needs its year, e.g. resolution 2354 (2017), or the organ, e.g. UNSC resolution 2354");
        if (year is < FirstYear || year > MaxYear)
            return Fail(out reason, YearRange());
        return new UnSymbol(UnOrgan.SecurityCouncil, number, year, null, GaSessionKind.Regular, suffixes);
    }

    private string Format()
    {
        var body = (Organ, SessionKind, Session) switch
        {
            (UnOrgan.SecurityCouncil, _, _) when Year is { } year => Invariant($"S/RES/{Number} ({year})"),
            (UnOrgan.SecurityCouncil, _, _) => Invariant($"S/RES/{Number}"),
            (_, GaSessionKind.Special, _) => Invariant($"A/RES/S-{Session}/{Number}"),
            (_, GaSessionKind.EmergencySpecial, _) => Invariant($"A/RES/ES-{Session}/{Number}"),
            (_, _, int session and >= 1 and <= LastRomanSession) => Invariant($"A/RES/{Number} ({ToRoman(session)})"),
            _ => Invariant($"A/RES/{Session}/{Number}"),
        };
        return body + string.Concat(Suffixes.Select(s => "/" + s));
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static int ToInt(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static string YearRange() => $"the year must be between {FirstYear} and {MaxYear}";

    // Texts pasted from word processors carry en dashes and the like: "ES–10/19".
    private static string NormalizeDashes(string s) =>
        string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
                span[i] = src[i] is >= '\u2010' and <= '\u2015' or '\u2212' ? '-' : src[i];
        });

    private static UnSymbol? Fail(out string? reason, string why)
    {
        reason = why;
        return null;
    }

    private static DomainException Invalid(string? text, string? reason)
    {
        var shown = text?.Trim() ?? "";
        if (shown.Length > 60)
            shown = shown[..57] + "...";
        var why = reason is null ? "" : $" ({reason})";
        return new DomainException("symbol", $"'{shown}' is not a UN resolution symbol{why}. Accepted forms: {AcceptedForms}");
    }

    private static readonly (int Value, string Numeral)[] RomanTable =
        [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    private static string ToRoman(int n)
    {
        var result = "";
        foreach (var (value, numeral) in RomanTable)
            for (; n >= value; n -= value)
                result += numeral;
        return result;
    }

    /// <summary>Reads a Roman numeral; null unless it is in canonical form ("XIV", not "XIIII" or "IVX").</summary>
    private static int? FromRoman(string s)
    {
        var (n, pos) = (0, 0);
        foreach (var (value, numeral) in RomanTable)
            while (s.AsSpan(pos).StartsWith(numeral, StringComparison.Ordinal))
            {
                n += value;
                pos += numeral.Length;
            }
        return pos == s.Length && n > 0 && ToRoman(n) == s ? n : null;
    }
}
