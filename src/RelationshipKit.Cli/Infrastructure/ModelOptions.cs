using System.CommandLine;
using System.Text.Json;
using RelationshipKit.Value;
using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// The options every <c>fit</c> and <c>predict</c> subcommand shares, created once per command so that every model
/// spells them the same way. Create one instance per command and add its options with <see cref="AddFitOptions"/>
/// or <see cref="AddPredictOptions"/>.
/// </summary>
internal sealed class ModelOptions
{
    public Option<FileInfo> Input { get; } = new("--input") { Description = "Summary CSV (columns recognised by analysts' names: frequency/x, recency/t_x, T, periods/n, monetary_value/zbar/m, weights/weight/count, id/ID/customer_id).", Required = true };

    public Option<string?> TimeUnit { get; } = new("--time-unit") { Description = "Unit of recency and T when the file does not record one (a time_unit column, as summarize writes): day, week, N days (default day; period for bgbb). A unit that contradicts the file's is an error." };

    public Option<double> Penalizer { get; } = new("--penalizer") { Description = "L2 penalty on the mean log-likelihood (default 0).", DefaultValueFactory = _ => 0 };

    public Option<int> MaxIterations { get; } = new("--max-iterations") { Description = "Most optimiser iterations (default 1000).", DefaultValueFactory = _ => 1000 };

    public Option<string?> Parameters { get; } = new("--parameters") { Description = "Known parameters as name=value pairs, for example \"r=0.243,alpha=4.414,a=0.793,b=2.426\"." };

    public Option<FileInfo?> Fit { get; } = new("--fit") { Description = "A fit JSON file written by relationshipkit fit --format json." };

    public Option<double> Horizon { get; } = new("--horizon") { Description = "Length of the prediction period, in the data's time unit (opportunities for bgbb).", Required = true };

    public Option<string?> SpendParameters { get; } = new("--spend-parameters") { Description = "Gamma-Gamma parameters \"p=…,q=…,v=…\" to add expected spend and CLV." };

    public Option<double?> DiscountRate { get; } = new("--discount-rate") { Description = "Annual discount rate for CLV, converted exactly to the data's unit (default 0.1 with --spend-parameters)." };

    public Option<FileInfo?> Output { get; } = new("--output") { Description = "Write the result to this file (only when the whole command succeeds) instead of stdout." };

    public Option<OutputFormat> FitFormat { get; } = CommonOptions.Format(OutputFormat.Json, OutputFormat.Table);

    public Option<OutputFormat> PredictFormat { get; } = CommonOptions.Format(OutputFormat.Csv, OutputFormat.Json, OutputFormat.Table);

    public Option<System.Globalization.CultureInfo> Culture { get; } = CommonOptions.Culture();

    /// <summary>Adds the options of a <c>fit</c> subcommand reading a summary file.</summary>
    public void AddFitOptions(Command command)
    {
        command.Options.Add(Input);
        command.Options.Add(TimeUnit);
        command.Options.Add(Penalizer);
        command.Options.Add(MaxIterations);
        command.Options.Add(Culture);
        command.Options.Add(FitFormat);
        command.Options.Add(Output);
    }

    /// <summary>Adds the options of a <c>predict</c> subcommand reading a summary file.</summary>
    public void AddPredictOptions(Command command, bool withSpend)
    {
        command.Options.Add(Input);
        command.Options.Add(Parameters);
        command.Options.Add(Fit);
        command.Options.Add(Horizon);
        command.Options.Add(TimeUnit);
        if (withSpend)
        {
            command.Options.Add(SpendParameters);
            command.Options.Add(DiscountRate);
        }

        command.Options.Add(Culture);
        command.Options.Add(PredictFormat);
        command.Options.Add(Output);
    }

    /// <summary>Builds validated <see cref="FitOptions"/> from the command line.</summary>
    public FitOptions ToFitOptions(ParseResult parseResult)
    {
        var options = new FitOptions { Penalizer = parseResult.GetValue(Penalizer), MaxIterations = parseResult.GetValue(MaxIterations) };
        if (!double.IsFinite(options.Penalizer) || options.Penalizer < 0)
        {
            throw new CliUsageException($"--penalizer must be a finite number >= 0; was {CsvText.Number(options.Penalizer)}.");
        }

        if (options.MaxIterations < 1)
        {
            throw new CliUsageException($"--max-iterations must be >= 1; was {options.MaxIterations}.");
        }

        return options;
    }

    /// <summary>Reads the <c>--time-unit</c> option, or null when it is not given (the file's unit, else the reader's default).</summary>
    public Value.TimeUnit? ToTimeUnit(ParseResult parseResult)
    {
        var text = parseResult.GetValue(TimeUnit);
        if (text is null)
        {
            return null;
        }

        return Value.TimeUnit.TryParse(text, out var unit)
            ? unit
            : throw new CliUsageException($"--time-unit must be day, week, period or N days; was \"{text}\".");
    }

    /// <summary>Reads the <c>--time-unit</c> option of a continuous-time model, which must have a calendar length; null when it is not given.</summary>
    public Value.TimeUnit? ToCalendarUnit(ParseResult parseResult, string model) => ToTimeUnit(parseResult) switch
    {
        { HasCalendarLength: false } unit => throw new CliUsageException($"--time-unit must have a calendar length (day, week, N days) for {model}; was {unit.Name}."),
        var unit => unit,
    };

    /// <summary>Reads the <c>--input</c> summary file with the library's reader; its errors name the file as given.</summary>
    public SummaryTable ReadSummaries(ParseResult parseResult, SummaryLayout layout, Value.TimeUnit? unit)
    {
        var path = parseResult.GetValue(Input)!.ToString(); // Required option: the parser rejects a command line without it.
        var options = new SummaryCsvOptions { Layout = layout, Culture = parseResult.GetValue(Culture)!, TimeUnit = unit };
        using var reader = CliInput.Open(path, p => SummaryCsvReader.Open(p, options));
        return reader.ReadAll();
    }

    /// <summary>
    /// Reads the model's parameters from <c>--parameters</c>, or from the saved fit of <c>--fit</c> (the library's
    /// <see cref="FitDocument"/>, which also gives the fit's time unit); exactly one of them.
    /// </summary>
    public ModelParameters ReadParameters<TModel>(ParseResult parseResult, string model, IReadOnlyList<string> names)
        where TModel : class
    {
        var text = parseResult.GetValue(Parameters);
        var file = parseResult.GetValue(Fit);
        switch (text, file)
        {
            case (not null, null):
                return new ModelParameters(ParameterText.Parse(text, names, "--parameters"), null, null);
            case (null, not null):
                var path = file.ToString();
                var fit = LoadFit<TModel>(path);
                return new ModelParameters([.. fit.Parameters.Select(p => p.Value)], fit.TimeUnit, path);
            case (not null, not null):
                throw new CliUsageException("give either --parameters or --fit, not both.");
            default:
                throw new CliUsageException($"give the {model} parameters with --parameters \"{string.Join(",", names.Select(n => n + "=…"))}\" or --fit FIT.json.");
        }
    }

    /// <summary>Loads a saved fit; a file that is not a fit of <typeparamref name="TModel"/> is bad input naming it.</summary>
    internal static FitResult<TModel> LoadFit<TModel>(string path)
        where TModel : class => LoadFit(path, FitDocument.Load<TModel>);

    /// <summary>
    /// Loads a saved fit of whichever model the file holds, reading it once; a file that is not a fit of one of the
    /// library's models is bad input naming it.
    /// </summary>
    internal static LoadedFit LoadAnyFit(string path) => LoadFit(path, FitDocument.Load);

    private static T LoadFit<T>(string path, Func<Stream, T> load)
    {
        using var stream = CliInput.Open(path, File.OpenRead);
        try
        {
            return load(stream);
        }
        catch (JsonException ex) when (ex.LineNumber is { } line)
        {
            throw CliUsageException.AtPosition(path, line + 1, (int)(ex.BytePositionInLine ?? 0) + 1, $"not valid JSON: {JsonReason(ex)}");
        }
        catch (JsonException ex)
        {
            throw new CliUsageException($"{path}: {ex.Message}", ex);
        }
    }

    /// <summary>The reader's message without its own 0-based " LineNumber: … | BytePositionInLine: …" suffix: the position is already in front, 1-based.</summary>
    private static string JsonReason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}

/// <summary>A model's parameter values in order, and, when they came from a saved fit, its time unit and file.</summary>
internal readonly record struct ModelParameters(double[] Values, Value.TimeUnit? FitUnit, string? FitPath);
