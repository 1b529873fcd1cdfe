namespace Registry.Domain.Common;

/// <summary>A broken rule. <see cref="Field"/> names the input field (camelCase path) the rule is about.</summary>
public sealed class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
