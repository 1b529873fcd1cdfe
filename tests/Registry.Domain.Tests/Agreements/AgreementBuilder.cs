using Registry.Domain.Agreements;

namespace Registry.Domain.Tests.Agreements;

/// <summary>The reference Joint Position of 16 February 2022 (SCO RATS, CIS ATC, CSTO Secretariat) as the happy path.</summary>
public static class AgreementBuilder
{
    public static readonly DateOnly Today = new(2026, 11, 28);
    public static readonly DateOnly SignedOn = new(2022, 2, 16);

    public const int ScoRats = 1, CisAtc = 2, CstoSecretariat = 3, NotAParty = 99;
    public const int Mirzaev = 11, Sysoyev = 12, Zas = 13;
    public const int Res2354 = 101, Res60288 = 102;
    public const string Reference = "JP-2022-1";

    public const string Title = "Joint Position of the Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization, "
        + "the Anti-Terrorist Center of the Commonwealth of Independent States and the Secretariat of the Collective Security "
        + "Treaty Organization on Combating Terrorism and Extremism";

    public static AgreementContent JointPosition() => new()
    {
        Facts = new AgreementFacts
        {
            Title = Title,
            ShortTitle = "Joint Position of the SCO RATS, the CIS ATC and the CSTO Secretariat on Combating Terrorism and Extremism",
            Kind = AgreementKind.JointPosition,
            SignedOn = SignedOn,
            PlaceCity = "Moscow",
            PlaceVenue = "CSTO headquarters",
            AuthenticLanguages = ["ru"],
            Subjects = ["counter-terrorism", "countering extremism"],
        },
        Parties = [Party(ScoRats), Party(CisAtc), Party(CstoSecretariat)],
        Signatories =
        [
            new SignatoryInput(Mirzaev, ScoRats, "Director of the Executive Committee of the SCO RATS", null),
            new SignatoryInput(Sysoyev, CisAtc, "Head of the CIS Anti-Terrorist Center", null),
            new SignatoryInput(Zas, CstoSecretariat, "Secretary General of the CSTO", null),
        ],
        Citations = [new CitationInput(Res60288, "the UN Global Counter-Terrorism Strategy")],
        Commitments =
        [
            Commitment("declare common approaches to countering international terrorism and extremism", Modality.Declare),
            Commitment("support Security Council resolution 2354 (2017) and the UN Global Counter-Terrorism Strategy",
                Modality.Support, resolutions: [Res2354, Res60288]),
            Commitment("support work to de-radicalize and to eradicate the breeding ground for terrorism", Modality.Support),
            Commitment("support a broad anti-terrorist coalition under the auspices of the UN", Modality.Support),
            Commitment("take effective collective measures against terrorist propaganda", Modality.ConsiderNecessary),
            Commitment("concerted measures against participants in armed conflicts", Modality.DrawAttention),
            Commitment("strengthen interaction among the SCO, CIS and CSTO member States", Modality.Intend),
        ],
        Texts = [new TextInput("en", false, "The Parties declare common approaches ...")],
        Sources = [new SourceInput("CSTO news page", "https://en.odkb-csto.org/news/", Today, Today, null)],
    };

    public static PartyInput Party(int bodyId, params ActionInput[] actions) => new(bodyId, PartyRole.Party, actions);

    public static CommitmentInput Commitment(string text, Modality modality, int[]? parties = null, int[]? resolutions = null) =>
        new(text, null, modality, ["counter-terrorism"], parties ?? [], resolutions ?? []);

    /// <summary>The Joint Position with its facts changed.</summary>
    public static AgreementContent WithFacts(Func<AgreementFacts, AgreementFacts> change)
    {
        var content = JointPosition();
        return content with { Facts = change(content.Facts) };
    }

    public static Agreement Create(AgreementContent? content = null, AgreementStatus status = AgreementStatus.Signed) =>
        Agreement.Create(Reference, status, content ?? JointPosition(), Today);

    public static DateOnly? D(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);
}
