namespace Registry.Domain.Common;

/// <summary>Sane upper bounds, shared by the domain rules and the database columns.</summary>
public static class Lengths
{
    public const int Title = 1000;
    public const int Name = 300;
    public const int Short = 100;
    public const int Code = 16;
    public const int Tag = 100;
    public const int Note = 4000;
    public const int Url = 2000;
    public const int Text = 2_000_000;
    public const int CommitmentText = 8000;
}
