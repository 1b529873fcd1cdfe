using Registry.Domain.Agreements;

namespace Registry.Data.Generation.Texts;

/// <summary>The verb of a commitment, written so that a topic's infinitive clause follows it.</summary>
public sealed record ModalityPhrase(Modality Modality, string En, string Ru);

public static class Modalities
{
    public static readonly ModalityPhrase[] All =
    [
        new(Modality.Undertake, "The Parties undertake to", "Стороны обязуются"),
        new(Modality.Agree, "The Parties agree to", "Стороны договорились"),
        new(Modality.Intend, "The Parties intend to", "Стороны намерены"),
        new(Modality.ConsiderNecessary, "The Parties consider it necessary to", "Стороны считают необходимым"),
        new(Modality.Declare, "The Parties declare their readiness to", "Стороны заявляют о готовности"),
        new(Modality.Support, "The Parties support the efforts of the international community to", "Стороны поддерживают усилия международного сообщества, направленные на то, чтобы"),
        new(Modality.CallUpon, "The Parties call upon all States to", "Стороны призывают все государства"),
        new(Modality.DrawAttention, "The Parties draw attention to the need to", "Стороны обращают внимание на необходимость"),
        new(Modality.Reaffirm, "The Parties reaffirm their determination to", "Стороны подтверждают решимость"),
        new(Modality.Recognize, "The Parties recognize the need to", "Стороны признают необходимость"),
        new(Modality.Encourage, "The Parties encourage their competent authorities to", "Стороны поощряют свои компетентные органы"),
        new(Modality.Welcome, "The Parties welcome the steps taken to", "Стороны приветствуют шаги, позволяющие"),
        new(Modality.Note, "The Parties note the importance of continuing to", "Стороны отмечают важность того, чтобы и впредь"),
    ];

    /// <summary>Commitments that stand alone, without a topic clause.</summary>
    public static readonly (Modality Modality, string En, string Ru)[] Standalone =
    [
        (Modality.Condemn, "The Parties strongly condemn terrorism in all its forms and manifestations, whoever commits it and for whatever purposes.",
            "Стороны решительно осуждают терроризм во всех его формах и проявлениях, кем бы и в каких бы целях он ни совершался."),
        (Modality.Declare, "The Parties declare common approaches to countering international terrorism and extremism.",
            "Стороны заявляют об общих подходах к противодействию международному терроризму и экстремизму."),
        (Modality.Support, "The Parties support the formation of a broad anti-terrorist coalition under the auspices of the United Nations.",
            "Стороны выступают за формирование широкой антитеррористической коалиции под эгидой ООН."),
        (Modality.Reaffirm, "The Parties reaffirm the central coordinating role of the United Nations in countering terrorism.",
            "Стороны подтверждают центральную координирующую роль ООН в противодействии терроризму."),
    ];
}
