using System.CommandLine;
using NodaTime;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Models;
using RelationshipKit.Value.Models.Clv;
using RelationshipKit.Value.Models.GammaGamma;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Cli.Commands.Predict;

/// <summary>
/// The shared body of <c>predict bgnbd</c>, <c>predict mbgnbd</c> and <c>predict paretonbd</c>: reads the summaries, builds the model from
/// <c>--parameters</c> or <c>--fit</c>, computes P(alive) and E[Y(horizon)], and with <c>--spend-parameters</c> the
/// Gamma-Gamma expected spend and the lifetime value over the horizon (a discounted sum over calendar weeks, the annual
/// <c>--discount-rate</c> converted exactly to the data's unit, margin 1). Times are in the summary file's unit (its
/// <c>time_unit</c> column, else <c>--time-unit</c>, else day); the horizon too.
/// </summary>
internal static class PurchasePrediction
{
    private static readonly string[] SpendNames = ["p", "q", "v"];

    /// <summary>Creates a predict subcommand for a purchase model built by <paramref name="create"/> from its parameters.</summary>
    public static Command Create<TModel>(string model, string description, IReadOnlyList<string> names, Func<double[], TimeUnit, TModel> create)
        where TModel : PurchaseModel
    {
        var options = new ModelOptions();
        var command = new Command(model, description);
        options.AddPredictOptions(command, withSpend: true);
        command.SetAction(parseResult =>
        {
            var horizon = parseResult.GetValue(options.Horizon);
            if (!double.IsFinite(horizon) || horizon < 0)
            {
                throw new CliUsageException($"--horizon must be a finite number >= 0; was {CsvText.Number(horizon)}.");
            }

            var requestedUnit = options.ToCalendarUnit(parseResult, model);
            var parameters = options.ReadParameters<TModel>(parseResult, model, names);
            if (parameters.FitUnit is { } fitUnit && requestedUnit is { } optionUnit && optionUnit != fitUnit)
            {
                throw new CliUsageException($"--time-unit {optionUnit.Name} contradicts the time unit of the fit in {parameters.FitPath}, {fitUnit.Name}; leave --time-unit out to use the fit's.");
            }

            var values = parameters.Values;
            _ = Build(() => create(values, TimeUnit.Day), "--parameters"); // the parameters are checked before the file is read
            var spendText = parseResult.GetValue(options.SpendParameters);
            var spendValues = spendText is null ? null : ParameterText.Parse(spendText, SpendNames, "--spend-parameters");
            var spend = spendValues is null ? null : Build(() => new GammaGammaModel(new GammaGammaParameters(spendValues[0], spendValues[1], spendValues[2])), "--spend-parameters");
            var discountRate = parseResult.GetValue(options.DiscountRate) ?? 0.1;
            if (!double.IsFinite(discountRate) || discountRate < 0)
            {
                throw new CliUsageException($"--discount-rate must be a finite number >= 0; was {CsvText.Number(discountRate)}.");
            }

            // The file's recorded unit must agree with the one asked for (--time-unit, else the fit's); without one, it is read in it.
            var summaries = options.ReadSummaries(parseResult, SummaryLayout.Continuous, requestedUnit ?? parameters.FitUnit);
            var data = summaries.Table;
            var unit = data.TimeUnit;
            var purchases = create(values, unit);
            var n = data.Count;
            var alive = new double[n];
            var expected = new double[n];
            purchases.ProbabilityAlive(data, alive);
            purchases.ConditionalExpectedPurchases(horizon, data, expected);
            var format = parseResult.GetValue(options.PredictFormat);
            double[]? expectedSpend = null;
            double[]? clv = null;
            if (spend is not null)
            {
                if (!data.HasMonetaryValue)
                {
                    throw new CliUsageException($"{summaries.Path}: --spend-parameters needs a monetary_value column (accepted names: monetary_value, zbar, m) with each customer's mean repeat spend.");
                }

                expectedSpend = new double[n];
                clv = new double[n];
                try
                {
                    spend.ConditionalExpectedAverageSpend(data, expectedSpend);
                    if (horizon > 0)
                    {
                        var value = new CustomerLifetimeValueModel(purchases, spend);
                        value.DiscountedValue(data, clv, ClvOptions(horizon * unit.LengthInDays!.Value, discountRate)); // a continuous-time summary's unit has a calendar length
                    }
                }
                catch (InvalidOperationException ex)
                {
                    throw new CliUsageException($"--spend-parameters: {ex.Message}", ex);
                }
            }

            // Everything that can fail has happened: stream the rows.
            OutputTarget.Write(
                parseResult.GetValue(options.Output)?.FullName,
                parseResult.InvocationConfiguration.Output,
                writer => PredictionOutput.Write(writer, format, model, horizon, new SummaryRowIds(summaries), data.Weight.ToArray(), alive, expected, expectedSpend, clv));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The discounted sum over calendar weeks (a single step for a horizon under a week; at most 10,000 steps), so the
    /// value does not depend on the unit the data are in: the same customers in days or in weeks get the same CLV.
    /// </summary>
    internal static CustomerLifetimeValueOptions ClvOptions(double horizonDays, double annualDiscountRate)
    {
        var stepDays = horizonDays < 7 ? horizonDays : Math.Max(7, Math.Ceiling(horizonDays / 10_000));
        return new CustomerLifetimeValueOptions
        {
            Horizon = Duration.FromDays(horizonDays),
            Step = Duration.FromDays(stepDays),
            DiscountRate = DiscountRate.PerYear(annualDiscountRate),
            Margin = 1,
        };
    }

    private static T Build<T>(Func<T> create, string optionName)
    {
        try
        {
            return create();
        }
        catch (ArgumentException ex)
        {
            throw new CliUsageException($"{optionName}: {LibraryErrors.FirstSentence(ex.Message)}", ex);
        }
    }
}
