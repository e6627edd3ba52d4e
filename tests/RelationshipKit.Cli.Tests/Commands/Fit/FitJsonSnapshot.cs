using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RelationshipKit.Cli.Tests.Commands.Fit;

/// <summary>
/// Turns fit JSON into snapshot text that holds only what the tests claim: every key in contract order, parameters
/// and standard errors rounded to the digits the oracle tests check, log-likelihood, AIC and BIC to 0.01, and the
/// optimiser's raw diagnostics (iterations, gradient norm) replaced by their kind.
/// </summary>
internal static class FitJsonSnapshot
{
    public static string Normalise(string json, int parameterDigits)
    {
        using var document = JsonDocument.Parse(json);
        var text = new StringBuilder();
        foreach (var property in document.RootElement.EnumerateObject())
        {
            switch (property.Name)
            {
                case "parameters" or "standard_errors":
                    text.Append(property.Name).Append(':').Append('\n');
                    foreach (var parameter in property.Value.EnumerateObject())
                    {
                        var value = parameter.Value.ValueKind == JsonValueKind.Null ? "null" : Round(parameter.Value.GetDouble(), property.Name == "parameters" ? parameterDigits : 2);
                        text.Append("  ").Append(parameter.Name).Append(": ").Append(value).Append('\n');
                    }

                    break;
                case "log_likelihood" or "aic" or "bic":
                    text.Append(property.Name).Append(": ").Append(Round(property.Value.GetDouble(), 2)).Append('\n');
                    break;
                case "iterations":
                    text.Append(property.Name).Append(": ").Append(property.Value.GetInt32() > 0 ? "(a positive integer)" : "0").Append('\n');
                    break;
                case "gradient_norm":
                    text.Append(property.Name).Append(": ").Append(property.Value.GetDouble() < 1e-5 ? "(below 1e-5)" : "(large)").Append('\n');
                    break;
                default:
                    text.Append(property.Name).Append(": ").Append(property.Value.GetRawText()).Append('\n');
                    break;
            }
        }

        return text.ToString();
    }

    private static string Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero).ToString("F" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
