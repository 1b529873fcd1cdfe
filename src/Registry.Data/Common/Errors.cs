namespace Registry.Data.Common;

public sealed class NotFoundException(string what) : Exception($"{what} was not found.");

/// <summary>A clash with stored data (a duplicate key, a stale version): answered 409, naming the field.</summary>
public sealed class ConflictException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
