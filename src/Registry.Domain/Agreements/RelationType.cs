namespace Registry.Domain.Agreements;

public enum RelationType
{
    Amends,
    Supersedes,
    Implements,
    Extends,
    Cites,
}

public static class RelationTypes
{
    /// <summary>How the relation reads from the other side ("amends" → "amended by").</summary>
    public static string Inverse(this RelationType type) => type switch
    {
        RelationType.Amends => "amended-by",
        RelationType.Supersedes => "superseded-by",
        RelationType.Implements => "implemented-by",
        RelationType.Extends => "extended-by",
        _ => "cited-by",
    };
}
