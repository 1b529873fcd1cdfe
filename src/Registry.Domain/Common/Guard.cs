namespace Registry.Domain.Common;

/// <summary>Field rules shared by every entity. Each throws a <see cref="DomainException"/> naming the field.</summary>
public static class Guard
{
    public static string Required(string? value, string field, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new DomainException(field, $"{field} is required.");
        return MaxLength(value, field, maxLength)!;
    }

    public static string? Optional(string? value, string field, int maxLength) =>
        string.IsNullOrWhiteSpace(value) ? null : MaxLength(value, field, maxLength);

    private static string? MaxLength(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (trimmed is not null && HasControlCharacters(trimmed))
            throw new DomainException(field, $"{field} contains a control character (such as NUL); only text, tabs and line breaks are allowed.");
        if (trimmed is not null && trimmed.Length > maxLength)
            throw new DomainException(field, $"{field} is {trimmed.Length} characters long; at most {maxLength} are allowed.");
        return trimmed;
    }

    public static bool HasControlCharacters(string text) =>
        text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    public static IReadOnlyList<string> Tags(IEnumerable<string>? values, string field, int maxLength, int maxCount = 50)
    {
        var list = (values ?? []).Select((v, i) => Required(v, $"{field}[{i}]", maxLength))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count > maxCount)
            throw new DomainException(field, $"{field} has {list.Count} entries; at most {maxCount} are allowed.");
        return list;
    }

    public static void NotAfter(DateOnly? earlier, string earlierField, DateOnly? later, string laterField)
    {
        if (earlier is { } e && later is { } l && e > l)
            throw new DomainException(laterField, $"{laterField} ({l:yyyy-MM-dd}) cannot be before {earlierField} ({e:yyyy-MM-dd}).");
    }
}
