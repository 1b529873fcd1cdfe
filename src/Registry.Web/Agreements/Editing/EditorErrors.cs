namespace Registry.Web.Agreements.Editing;

/// <summary>The rule a save broke, keyed by the field path the domain names ("signatories[0].body").</summary>
public sealed class EditorErrors
{
    private readonly Dictionary<string, string> _byField = new(StringComparer.OrdinalIgnoreCase);

    public bool Any => _byField.Count > 0;
    public IEnumerable<KeyValuePair<string, string>> All => _byField;

    public void Clear() => _byField.Clear();
    public void Add(string field, string message) => _byField[field] = message;
    public string? For(string field) => _byField.GetValueOrDefault(field);

    /// <summary>For aria-invalid: "true" on a field with an error, else no attribute.</summary>
    public string? Invalid(string field) => _byField.ContainsKey(field) ? "true" : null;

    /// <summary>The input id a field path is rendered with, so the summary can link to it.</summary>
    public static string InputId(string field) =>
        "f-" + new string([.. field.Select(c => char.IsLetterOrDigit(c) ? c : '-')]).Trim('-').Replace("--", "-");
}
