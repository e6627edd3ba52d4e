using System.Text.Json;
using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Prints a fit: as JSON, the library's saved-fit document (<see cref="FitDocument"/>; what <c>--fit FILE</c> reads back),
/// or as a small text table.
/// </summary>
internal static class FitJson
{
    /// <summary>Renders <paramref name="result"/> as the fit document, with a final newline.</summary>
    public static string Write<TModel>(FitResult<TModel> result)
        where TModel : class => Json.Write(writer => WriteObject(writer, result));

    /// <summary>Writes the fit document at the writer's current position (used by <c>analyze</c> too).</summary>
    public static void WriteObject<TModel>(Utf8JsonWriter writer, FitResult<TModel> result)
        where TModel : class => FitDocument.WriteTo(writer, result);

    /// <summary>Renders the fit as a small text table (parameters with standard errors, then diagnostics).</summary>
    public static string Table<TModel>(string model, FitResult<TModel> result)
        where TModel : class
    {
        var rows = result.Parameters.Select(p => (IReadOnlyList<string>)[p.Name, CsvText.Number(p.Value), Number(p.StandardError)]).ToList();
        var text = TextTable.Render($"{model} fit ({(result.Converged ? "converged" : "NOT converged: " + result.Status)})", ["parameter", "estimate", "standard error"], rows, new HashSet<int> { 1, 2 });
        return text + "\n" +
            $"log-likelihood {Number(result.LogLikelihood)}, AIC {Number(result.Aic)}, BIC {Number(result.Bic)}\n" +
            $"iterations {result.Iterations}, gradient norm {Number(result.GradientNorm)}, penalizer {CsvText.Number(result.Penalizer)}\n" +
            $"customers {CsvText.Number(result.Customers)}, excluded rows {result.ExcludedRows}, time unit {result.TimeUnit.Name}\n" +
            result.Message + "\n";
    }

    /// <summary>Prints a fit in the chosen format and returns the exit code: 0 converged, 1 not converged (JSON still printed).</summary>
    public static int Print<TModel>(TextWriter output, TextWriter error, OutputFormat format, string model, FitResult<TModel> result, string? outputPath = null)
        where TModel : class
    {
        var text = format == OutputFormat.Json ? Write(result) : Table(model, result);
        OutputTarget.Write(outputPath, output, text);
        if (!result.Converged)
        {
            error.WriteLine($"warning: the {model} fit did not converge ({result.Status}): {result.Message}");
            return ExitCodes.NoUsableAnswer;
        }

        return ExitCodes.Success;
    }

    private static string Number(double? value) => value is { } v ? CsvText.Number(v) : "n/a";
}
