using Registry.Domain.Common;

namespace Registry.Domain.Tests;

/// <summary>Asserts that a rule is broken: a <see cref="DomainException"/> naming the field, with a message that says why.</summary>
public static class DomainAssert
{
    public static DomainException Fails(Action act, string field, string messagePart)
    {
        var ex = Assert.Throws<DomainException>(act);
        Assert.Equal(field, ex.Field);
        Assert.Contains(messagePart, ex.Message, StringComparison.OrdinalIgnoreCase);
        return ex;
    }
}
