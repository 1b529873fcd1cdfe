using System.Text.Json;
using Registry.Data.Common;

namespace Registry.Web.Dossiers.Jobs;

/// <summary>A request as the dossier row stores it: JSON in the API's own shape (camelCase, kebab-case enums).</summary>
public static class DossierRequests
{
    public static string Write(DossierRequest request) =>
        JsonSerializer.Serialize(request with { Filter = request.Filter is { } f ? f with { Page = 1 } : null }, RegistryJson.Options);

    public static DossierRequest Read(string json) =>
        JsonSerializer.Deserialize<DossierRequest>(json, RegistryJson.Options)
        ?? throw new InvalidOperationException("A stored dossier request is empty.");
}
