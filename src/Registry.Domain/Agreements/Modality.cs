namespace Registry.Domain.Agreements;

/// <summary>How strongly a commitment binds, named by the verb the text uses.</summary>
public enum Modality
{
    Declare,
    Support,
    Undertake,
    Intend,
    Agree,
    ConsiderNecessary,
    CallUpon,
    DrawAttention,
    Reaffirm,
    Recognize,
    Condemn,
    Encourage,
    Welcome,
    Note,
}
