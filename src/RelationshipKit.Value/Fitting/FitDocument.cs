using System.Globalization;
using System.Text;
using System.Text.Json;

namespace RelationshipKit.Value.Fitting;

/// <summary>
/// Saves a fitted model to JSON and loads it back: the model's name and parameters, its time unit, the standard
/// errors, the log-likelihood and the optimiser's diagnostics, and the number of customers it was fitted on, with a
/// <c>schema_version</c>. The command-line tool's <c>fit</c> output and its <c>--fit FILE</c> input are this document.
/// </summary>
/// <remarks>
/// <para>The document is an object with snake_case keys, in this order: <c>schema_version</c> (an integer,
/// <see cref="SchemaVersion"/>), <c>model</c> (<c>sbg</c>, <c>bgnbd</c>, <c>mbgnbd</c>, <c>paretonbd</c>,
/// <c>bgbb</c>, <c>gammagamma</c>), <c>converged</c>, <c>status</c> (<c>converged</c>,
/// <c>iteration_limit_reached</c>, <c>boundary_estimate</c>, <c>numerical_failure</c>), <c>message</c>,
/// <c>parameters</c> and <c>standard_errors</c> (objects keyed by parameter name; a standard error may be
/// <c>null</c>), <c>log_likelihood</c>, <c>aic</c>, <c>bic</c> (numbers, or <c>null</c> when not finite),
/// <c>iterations</c>, <c>gradient_norm</c>, <c>penalizer</c>, <c>customers</c>, <c>excluded_rows</c> and
/// <c>time_unit</c> (<c>day</c>, <c>week</c>, <c>N days</c> or <c>period</c>). <c>converged</c>, <c>aic</c> and
/// <c>bic</c> are derived and not read back.</para>
/// <para>Numbers are written as the shortest text that reads back to the same <see cref="double"/>, so a loaded
/// model predicts bit for bit what the saved one did. A document from a newer schema version is rejected naming
/// both versions; a document without <c>schema_version</c> is read as version 1 (what the tool wrote before the
/// key existed).</para>
/// <para>When the model is not known beforehand (a file the user chose), <see cref="Load(Stream)"/>,
/// <see cref="FromJson(string)"/> and <see cref="LoadAsync(Stream, CancellationToken)"/> read a document of any of
/// the library's models once and return a <see cref="LoadedFit"/>: the model's name, the loaded model and the typed
/// fit.</para>
/// <para>Written with System.Text.Json's <see cref="Utf8JsonWriter"/> and read with <see cref="JsonDocument"/>: no
/// reflection, so it works trimmed and ahead-of-time compiled. This type is thread-safe.</para>
/// </remarks>
public static class FitDocument
{
    /// <summary>The schema version this version of the library writes and the newest it reads.</summary>
    public const int SchemaVersion = 1;

#if NET9_0_OR_GREATER
    private static readonly JsonWriterOptions Indented = new() { Indented = true, NewLine = "\n" };
#else
    // .NET 8's writer takes the platform's line ending; the document reads back the same either way.
    private static readonly JsonWriterOptions Indented = new() { Indented = true };
#endif

    private static readonly string[] StatusNames = ["converged", "iteration_limit_reached", "boundary_estimate", "numerical_failure"];

    /// <summary>Returns the fit as an indented JSON document (LF line endings, no final newline).</summary>
    /// <typeparam name="TModel">The model type: <c>SbgModel</c>, <c>BgNbdModel</c>, <c>MbgNbdModel</c>, <c>ParetoNbdModel</c>, <c>BgBbModel</c> or <c>GammaGammaModel</c>.</typeparam>
    /// <param name="fit">The fit.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fit"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <typeparamref name="TModel"/> is not one of the library's models.</exception>
    public static string ToJson<TModel>(FitResult<TModel> fit)
        where TModel : class
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Indented))
        {
            WriteTo(writer, fit);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the fit as a JSON object at the writer's current position (at the top level or as a property value).</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="fit">The fit.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <typeparamref name="TModel"/> is not one of the library's models.</exception>
    public static void WriteTo<TModel>(Utf8JsonWriter writer, FitResult<TModel> fit)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fit);
        var kind = ModelKind.Of<TModel>();
        writer.WriteStartObject();
        writer.WriteNumber("schema_version", SchemaVersion);
        writer.WriteString("model", kind.Name);
        writer.WriteBoolean("converged", fit.Converged);
        writer.WriteString("status", StatusNames[(int)fit.Status]);
        writer.WriteString("message", fit.Message);
        writer.WriteStartObject("parameters");
        foreach (var parameter in fit.Parameters)
        {
            writer.WriteNumber(parameter.Name, parameter.Value);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("standard_errors");
        foreach (var parameter in fit.Parameters)
        {
            WriteNumberOrNull(writer, parameter.Name, parameter.StandardError);
        }

        writer.WriteEndObject();
        WriteNumberOrNull(writer, "log_likelihood", fit.LogLikelihood);
        WriteNumberOrNull(writer, "aic", fit.Aic);
        WriteNumberOrNull(writer, "bic", fit.Bic);
        writer.WriteNumber("iterations", fit.Iterations);
        WriteNumberOrNull(writer, "gradient_norm", fit.GradientNorm);
        writer.WriteNumber("penalizer", fit.Penalizer);
        writer.WriteNumber("customers", fit.Customers);
        writer.WriteNumber("excluded_rows", fit.ExcludedRows);
        writer.WriteString("time_unit", fit.TimeUnit.Name);
        writer.WriteEndObject();
    }

    /// <summary>Writes the fit as UTF-8 JSON to a stream, which stays open.</summary>
    /// <typeparam name="TModel">The model type.</typeparam>
    /// <param name="fit">The fit.</param>
    /// <param name="stream">Where to write.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <typeparamref name="TModel"/> is not one of the library's models.</exception>
    public static void Save<TModel>(FitResult<TModel> fit, Stream stream)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new Utf8JsonWriter(stream, Indented);
        WriteTo(writer, fit);
    }

    /// <summary>Reads a fit from a JSON document.</summary>
    /// <typeparam name="TModel">The model type the document must be for.</typeparam>
    /// <param name="json">The document.</param>
    /// <returns>The fit, whose <see cref="FitResult{TModel}.Model"/> predicts what the saved model did.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <typeparamref name="TModel"/> is not one of the library's models.</exception>
    /// <exception cref="JsonException">Thrown when the text is not JSON, the document is for another model or from a newer schema version, or a key is missing or invalid; the message names the key and the rule.</exception>
    public static FitResult<TModel> FromJson<TModel>(string json)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var kind = ModelKind.Of<TModel>();
        using var document = JsonDocument.Parse(json);
        return Read<TModel>(document.RootElement, kind);
    }

    /// <summary>Reads a fit from a stream of UTF-8 JSON.</summary>
    /// <typeparam name="TModel">The model type the document must be for.</typeparam>
    /// <param name="stream">The document.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <typeparamref name="TModel"/> is not one of the library's models.</exception>
    /// <exception cref="JsonException">Thrown when the document is not a valid fit of <typeparamref name="TModel"/>; see <see cref="FromJson{TModel}(string)"/>.</exception>
    public static FitResult<TModel> Load<TModel>(Stream stream)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        var kind = ModelKind.Of<TModel>();
        using var document = JsonDocument.Parse(stream);
        return Read<TModel>(document.RootElement, kind);
    }

    /// <summary>Reads a fit from a stream of UTF-8 JSON asynchronously.</summary>
    /// <typeparam name="TModel">The model type the document must be for.</typeparam>
    /// <param name="stream">The document.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <typeparamref name="TModel"/> is not one of the library's models.</exception>
    /// <exception cref="JsonException">Thrown when the document is not a valid fit of <typeparamref name="TModel"/>; see <see cref="FromJson{TModel}(string)"/>.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task<FitResult<TModel>> LoadAsync<TModel>(Stream stream, CancellationToken cancellationToken = default)
        where TModel : class
    {
        ArgumentNullException.ThrowIfNull(stream);
        var kind = ModelKind.Of<TModel>();
        using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        return Read<TModel>(document.RootElement, kind);
    }

    /// <summary>Reads a fit of any of the library's models from a JSON document, without knowing the model beforehand.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The fit: its model's name, the loaded model and time unit, and the typed fit through <see cref="LoadedFit.As{TModel}"/>.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is null.</exception>
    /// <exception cref="JsonException">Thrown when the text is not JSON, the document's <c>model</c> is none of the library's models, it is from a newer schema version, or a key is missing or invalid; the message names the key and the rule, as <see cref="FromJson{TModel}(string)"/> does.</exception>
    public static LoadedFit FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = JsonDocument.Parse(json);
        return Read(document.RootElement, null);
    }

    /// <summary>Reads a fit of any of the library's models from a stream of UTF-8 JSON, reading the stream once.</summary>
    /// <param name="stream">The document.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    /// <exception cref="JsonException">Thrown when the document is not a valid fit of one of the library's models; see <see cref="FromJson(string)"/>.</exception>
    public static LoadedFit Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = JsonDocument.Parse(stream);
        return Read(document.RootElement, null);
    }

    /// <summary>Reads a fit of any of the library's models from a stream of UTF-8 JSON asynchronously.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The fit.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="stream"/> is null.</exception>
    /// <exception cref="JsonException">Thrown when the document is not a valid fit of one of the library's models; see <see cref="FromJson(string)"/>.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async Task<LoadedFit> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var document = await JsonDocument.ParseAsync(stream, default, cancellationToken).ConfigureAwait(false);
        return Read(document.RootElement, null);
    }

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number && double.IsFinite(number))
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static FitResult<TModel> Read<TModel>(JsonElement root, ModelKind kind)
        where TModel : class => Read(root, kind).ToResult<TModel>();

    /// <summary>Reads a fit document; <paramref name="expected"/> is the model it must be for, or null for any of the library's.</summary>
    private static LoadedFit Read(JsonElement root, ModelKind? expected)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("$", $"a fit document must be a JSON object; was {Describe(root)}.");
        }

        var version = root.TryGetProperty("schema_version", out var versionElement) ? Integer(versionElement, "schema_version", 1) : 1;
        if (version > SchemaVersion)
        {
            throw Invalid("$.schema_version", string.Create(CultureInfo.InvariantCulture, $"the document has schema_version {version}, newer than {SchemaVersion}, the newest this version of RelationshipKit.Value reads; update the package to load it."));
        }

        var model = Text(Required(root, "model"), "model");
        var kind = expected ?? ModelKind.Named(model) ?? throw Invalid("$.model", $"model must be one of {ModelKind.Names}; was \"{Excerpt(model)}\".");
        if (!string.Equals(model, kind.Name, StringComparison.Ordinal))
        {
            throw Invalid("$.model", $"the document is for model \"{model}\", not \"{kind.Name}\".");
        }

        var statusText = Text(Required(root, "status"), "status");
        var status = Array.IndexOf(StatusNames, statusText);
        if (status < 0)
        {
            throw Invalid("$.status", $"status must be one of {string.Join(", ", StatusNames)}; was \"{statusText}\".");
        }

        var values = ReadParameters(Required(root, "parameters"), kind);
        var errors = ReadStandardErrors(Required(root, "standard_errors"), kind);
        var unitText = Text(Required(root, "time_unit"), "time_unit");
        if (!TimeUnit.TryParse(unitText, out var unit))
        {
            throw Invalid("$.time_unit", $"time_unit must be day, week, N days or period; was \"{unitText}\".");
        }

        if ((kind.Unit == ModelKind.UnitRule.Period && unit != TimeUnit.Period) || (kind.Unit == ModelKind.UnitRule.Calendar && !unit.HasCalendarLength))
        {
            throw Invalid("$.time_unit", kind.Unit == ModelKind.UnitRule.Period
                ? $"time_unit must be period for {kind.Name}; was \"{unitText}\"."
                : $"time_unit must have a calendar length (day, week, N days) for {kind.Name}; was \"{unitText}\".");
        }

        var customers = Number(Required(root, "customers"), "customers");
        if (!(customers > 0))
        {
            throw Invalid("$.customers", $"customers must be > 0; was {Format(customers)}.");
        }

        var penalizer = Number(Required(root, "penalizer"), "penalizer");
        if (!(penalizer >= 0))
        {
            throw Invalid("$.penalizer", $"penalizer must be >= 0; was {Format(penalizer)}.");
        }

        var fitted = kind.Create(values, unit);
        var estimates = kind.ParameterNames.Select((name, i) => new ParameterEstimate(name, values[i], errors[i]));
        return new LoadedFit(kind, new FitResult<object>(
            fitted,
            (FitStatus)status,
            Text(Required(root, "message"), "message"),
            estimates,
            NumberOrNull(Required(root, "log_likelihood"), "log_likelihood"),
            Integer(Required(root, "iterations"), "iterations", 0),
            NumberOrNull(Required(root, "gradient_norm"), "gradient_norm"),
            penalizer,
            customers,
            Integer(Required(root, "excluded_rows"), "excluded_rows", 0),
            unit));
    }

    private static double[] ReadParameters(JsonElement parameters, ModelKind kind)
    {
        var values = new double?[kind.ParameterNames.Count];
        foreach (var property in Properties(parameters, "parameters"))
        {
            var index = IndexOf(kind, property.Name, "parameters");
            var value = Number(property.Value, $"parameters.{property.Name}");
            if (!(value > 0))
            {
                throw Invalid($"$.parameters.{property.Name}", $"parameter {property.Name} must be a finite number > 0; was {Format(value)}.");
            }

            values[index] = value;
        }

        var missing = kind.ParameterNames.Where((_, i) => values[i] is null).ToArray();
        if (missing.Length > 0)
        {
            throw Invalid("$.parameters", $"parameters must have {string.Join(", ", kind.ParameterNames)} for {kind.Name}; {string.Join(", ", missing)} {(missing.Length == 1 ? "is" : "are")} missing.");
        }

        return [.. values.Select(v => v.GetValueOrDefault())];
    }

    private static double?[] ReadStandardErrors(JsonElement errors, ModelKind kind)
    {
        var values = new double?[kind.ParameterNames.Count];
        foreach (var property in Properties(errors, "standard_errors"))
        {
            var index = IndexOf(kind, property.Name, "standard_errors");
            var value = NumberOrNull(property.Value, $"standard_errors.{property.Name}");
            if (value is < 0)
            {
                throw Invalid($"$.standard_errors.{property.Name}", $"a standard error must be >= 0 or null; {property.Name} was {Format(value.Value)}.");
            }

            values[index] = value;
        }

        return values;
    }

    private static JsonElement.ObjectEnumerator Properties(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Object
            ? element.EnumerateObject()
            : throw Invalid($"$.{key}", $"{key} must be an object keyed by parameter name; was {Describe(element)}.");

    private static int IndexOf(ModelKind kind, string name, string key)
    {
        for (var i = 0; i < kind.ParameterNames.Count; i++)
        {
            if (string.Equals(kind.ParameterNames[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw Invalid($"$.{key}.{name}", $"{key} has an unknown parameter \"{name}\" for {kind.Name}; expected {string.Join(", ", kind.ParameterNames)}.");
    }

    private static JsonElement Required(JsonElement root, string key) =>
        root.TryGetProperty(key, out var value) ? value : throw Invalid("$", $"the document has no \"{key}\"; a fit document has schema_version, model, status, message, parameters, standard_errors, log_likelihood, iterations, gradient_norm, penalizer, customers, excluded_rows and time_unit.");

    private static string Text(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.String ? element.GetString()! : throw Invalid($"$.{key}", $"{key} must be a string; was {Describe(element)}."); // GetString is not null for a string.

    private static double Number(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw Invalid($"$.{key}", $"{key} must be a finite number; was {Describe(element)}.");

    private static double? NumberOrNull(JsonElement element, string key) =>
        element.ValueKind == JsonValueKind.Null ? null : Number(element, key);

    private static int Integer(JsonElement element, string key, int minimum) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) && value >= minimum
            ? value
            : throw Invalid($"$.{key}", string.Create(CultureInfo.InvariantCulture, $"{key} must be a whole number >= {minimum}; was {Describe(element)}."));

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => "\"" + Excerpt(element.GetString() ?? string.Empty) + "\"",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => Excerpt(element.GetRawText()),
    };

    private static string Excerpt(string text) => text.Length <= 40 ? text : string.Concat(text.AsSpan(0, 40), "…");

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static JsonException Invalid(string path, string message) => new(message, path, null, null);
}
