namespace Registry.Domain.Agreements;

/// <summary>The controlled list of document types, close to ELI's types for international agreements.</summary>
public enum AgreementKind
{
    Treaty,
    Agreement,
    Convention,
    Protocol,
    AmendingAgreement,
    ExchangeOfLetters,
    MemorandumOfUnderstanding,
    JointDeclaration,
    JointStatement,
    JointPosition,
    Arrangement,
    Minutes,
}

public static class AgreementKinds
{
    /// <summary>Political documents: in effect on signature, no ratification.</summary>
    public static bool IsPolitical(this AgreementKind kind) =>
        kind is AgreementKind.JointDeclaration or AgreementKind.JointStatement or AgreementKind.JointPosition;
}
