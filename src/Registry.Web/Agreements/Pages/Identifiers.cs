using static Registry.Web.Ui.Text;

namespace Registry.Web.Agreements.Pages;

/// <summary>Identifier schemes in words: "akn" → "Akoma Ntoso URI".</summary>
public static class Identifiers
{
    public static string Scheme(string scheme) => scheme.Trim().ToLowerInvariant() switch
    {
        "akn" => L("Akoma Ntoso URI"),
        "unts" => L("UN Treaty Series registration"),
        "cn" => L("Depositary notification"),
        "eli" => L("ELI"),
        _ => scheme,
    };
}
