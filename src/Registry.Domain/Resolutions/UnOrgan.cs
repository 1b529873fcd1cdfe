namespace Registry.Domain.Resolutions;

/// <summary>The UN organ that adopted a resolution (the first element of its symbol: S/ or A/).</summary>
public enum UnOrgan
{
    SecurityCouncil,
    GeneralAssembly,
}
