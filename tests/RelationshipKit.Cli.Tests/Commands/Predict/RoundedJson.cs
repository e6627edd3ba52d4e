using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace RelationshipKit.Cli.Tests.Commands.Predict;

/// <summary>
/// Rewrites a JSON document for a snapshot: every number is rounded to the decimals the test claims for its key
/// (the last property name on its path), and keys whose values legitimately vary (iteration counts, gradient norms)
/// are replaced by a placeholder, so the snapshot pins the contract and the claimed digits, not rounding noise.
/// </summary>
internal static class RoundedJson
{
    public static string Of(string json, IReadOnlyDictionary<string, int> decimals, IReadOnlyCollection<string>? varying = null, int defaultDecimals = 6)
    {
        var root = JsonNode.Parse(json) ?? throw new InvalidOperationException("empty JSON");
        var rewritten = Rewrite(root, null, decimals, varying ?? [], defaultDecimals);
        return rewritten!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static JsonNode? Rewrite(JsonNode? node, string? key, IReadOnlyDictionary<string, int> decimals, IReadOnlyCollection<string> varying, int defaultDecimals)
    {
        switch (node)
        {
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    copy[name] = Rewrite(value, name, decimals, varying, defaultDecimals);
                }

                return copy;
            case JsonArray array:
                var items = new JsonArray();
                foreach (var item in array)
                {
                    items.Add(Rewrite(item, key, decimals, varying, defaultDecimals));
                }

                return items;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                if (key is not null && varying.Contains(key))
                {
                    return JsonValue.Create("<varies>");
                }

                var digits = key is not null && decimals.TryGetValue(key, out var d) ? d : defaultDecimals;
                var rounded = Math.Round(value.GetValue<double>(), digits, MidpointRounding.AwayFromZero);
                return JsonValue.Create(rounded.ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            default:
                return node?.DeepClone();
        }
    }
}
