using System.Text.Json.Nodes;
using Registry.Testing;

namespace Registry.Web.Tests.Infrastructure;

public static class Payloads
{
    /// <summary>The reference record in the POST shape, under a new reference number.</summary>
    public static JsonObject Agreement(string referenceNumber = "TEST-0001")
    {
        var sample = JsonNode.Parse(File.ReadAllText(SampleFile.Path))!["agreements"]![0]!.DeepClone().AsObject();
        sample["referenceNumber"] = referenceNumber;
        return sample;
    }

    public static JsonObject With(this JsonObject o, Action<JsonObject> change)
    {
        change(o);
        return o;
    }
}
