using System.Reflection;
using System.Text.Json;

namespace Registry.Browser.Tests.Editing;

/// <summary>samples/joint-position-2022.json: what the editor test types into the forms, and what it expects back.</summary>
public static class ReferenceSample
{
    public static JsonElement Agreement { get; } = Load().GetProperty("agreements")[0];
    public static JsonElement People { get; } = Load().GetProperty("people");

    /// <summary>The position a person held on the signing date, from the sample's appointments.</summary>
    public static string PositionOf(string person) =>
        People.EnumerateArray().First(p => p.GetProperty("fullName").GetString() == person)
            .GetProperty("appointments")[0].GetProperty("position").GetString()!;

    /// <summary>"consider-necessary" → "ConsiderNecessary", the value of the editor's select options.</summary>
    public static string Pascal(string kebab) =>
        string.Concat(kebab.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    private static JsonElement Load()
    {
        var root = typeof(ReferenceSample).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "RepositoryRoot").Value!;
        return JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "samples", "joint-position-2022.json"))).RootElement;
    }
}
