using System.Text.Json;
using Registry.Domain.Common;

namespace Registry.Web.Infrastructure;

/// <summary>Reads an enum from a query string in the API's kebab-case ("joint-position") or its C# name.</summary>
public static class EnumText
{
    public static T? Parse<T>(string? text, string field) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var value in Enum.GetValues<T>())
            if (string.Equals(text, Name(value), StringComparison.OrdinalIgnoreCase)
                || string.Equals(text, value.ToString(), StringComparison.OrdinalIgnoreCase))
                return value;
        throw new DomainException(field, $"{field} '{text}' is not one of: {string.Join(", ", Enum.GetValues<T>().Select(Name))}.");
    }

    public static string Name<T>(T value) where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static DateOnly? Date(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", out var d) ? d
        : throw new DomainException(field, $"{field} '{text}' is not a date in the form yyyy-MM-dd.");
}
