namespace Registry.Data.Generation.Texts;

/// <summary>How far and on what terms: a clause that half of all commitments end with, so that wordings vary as in real texts.</summary>
public static class Qualifiers
{
    public static readonly (string En, string Ru)[] All =
    [
        (", within their competence", ", в пределах своей компетенции"),
        (", in accordance with their national legislation", ", в соответствии со своим национальным законодательством"),
        (", on a regular basis", ", на регулярной основе"),
        (", through their competent authorities", ", через свои компетентные органы"),
        (", with the participation of the Secretariat", ", при участии Секретариата"),
        (", on the basis of reciprocity", ", на основе взаимности"),
        (", in close cooperation with the relevant international organizations", ", в тесном взаимодействии с профильными международными организациями"),
        (", subject to the availability of resources", ", при наличии необходимых ресурсов"),
        (", for the duration of the cooperation programme", ", в период действия программы сотрудничества"),
        (", including by means of joint working groups", ", в том числе посредством совместных рабочих групп"),
    ];
}
