using System.Text.Json;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Writes the fit JSON contract, the same for every model:
/// <c>{"model","converged","parameters":{…},"standard_errors":{…},"log_likelihood","aic","bic","iterations",
/// "gradient_norm","penalizer","customers","excluded_rows","time_unit"}</c>.
/// </summary>
internal static class FitJson
{
    /// <summary>Renders <paramref name="result"/> as the fit JSON document.</summary>
    public static string Write<TModel>(string model, FitResult<TModel> result)
        where TModel : class => Json.Write(writer => WriteObject(writer, model, result));

    /// <summary>Writes the fit object at the writer's current position (used by <c>analyze</c> too).</summary>
    public static void WriteObject<TModel>(Utf8JsonWriter writer, string model, FitResult<TModel> result)
        where TModel : class
    {
        writer.WriteStartObject();
        writer.WriteString("model", model);
        writer.WriteBoolean("converged", result.Converged);
        writer.WriteStartObject("parameters");
        foreach (var parameter in result.Parameters)
        {
            writer.WriteFinite(parameter.Name, parameter.Value);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("standard_errors");
        foreach (var parameter in result.Parameters)
        {
            writer.WriteFiniteOrNull(parameter.Name, parameter.StandardError);
        }

        writer.WriteEndObject();
        writer.WriteFinite("log_likelihood", result.LogLikelihood);
        writer.WriteFinite("aic", result.Aic);
        writer.WriteFinite("bic", result.Bic);
        writer.WriteNumber("iterations", result.Iterations);
        writer.WriteFinite("gradient_norm", result.GradientNorm);
        writer.WriteFinite("penalizer", result.Penalizer);
        writer.WriteFinite("customers", result.Customers);
        writer.WriteNumber("excluded_rows", result.ExcludedRows);
        writer.WriteString("time_unit", result.TimeUnit.Name);
        writer.WriteEndObject();
    }

    /// <summary>Renders the fit as a small text table (parameters with standard errors, then diagnostics).</summary>
    public static string Table<TModel>(string model, FitResult<TModel> result)
        where TModel : class
    {
        var rows = result.Parameters.Select(p => (IReadOnlyList<string>)[p.Name, CsvText.Number(p.Value), p.StandardError is { } se ? CsvText.Number(se) : "n/a"]).ToList();
        var text = TextTable.Render($"{model} fit ({(result.Converged ? "converged" : "NOT converged: " + result.Status)})", ["parameter", "estimate", "standard error"], rows, new HashSet<int> { 1, 2 });
        return text + "\n" +
            $"log-likelihood {CsvText.Number(result.LogLikelihood)}, AIC {CsvText.Number(result.Aic)}, BIC {CsvText.Number(result.Bic)}\n" +
            $"iterations {result.Iterations}, gradient norm {CsvText.Number(result.GradientNorm)}, penalizer {CsvText.Number(result.Penalizer)}\n" +
            $"customers {CsvText.Number(result.Customers)}, excluded rows {result.ExcludedRows}, time unit {result.TimeUnit.Name}\n" +
            result.Message + "\n";
    }

    /// <summary>Prints a fit in the chosen format and returns the exit code: 0 converged, 1 not converged (JSON still printed).</summary>
    public static int Print<TModel>(TextWriter output, TextWriter error, OutputFormat format, string model, FitResult<TModel> result, string? outputPath = null)
        where TModel : class
    {
        var text = format == OutputFormat.Json ? Write(model, result) : Table(model, result);
        OutputTarget.Write(outputPath, output, text);
        if (!result.Converged)
        {
            error.WriteLine($"warning: the {model} fit did not converge ({result.Status}): {result.Message}");
            return ExitCodes.NoUsableAnswer;
        }

        return ExitCodes.Success;
    }
}
