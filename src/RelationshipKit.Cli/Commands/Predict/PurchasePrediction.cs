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
/// Gamma-Gamma expected spend and the lifetime value over the horizon (a discounted sum over steps of one time unit,
/// the annual <c>--discount-rate</c> converted exactly to the unit, margin 1).
/// </summary>
internal static class PurchasePrediction
{
    private static readonly string[] SpendNames = ["p", "q", "v"];

    /// <summary>Creates a predict subcommand for a purchase model built by <paramref name="create"/> from its parameters.</summary>
    public static Command Create(string model, string description, IReadOnlyList<string> names, Func<double[], TimeUnit, PurchaseModel> create)
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

            var unit = options.ToTimeUnit(parseResult, TimeUnit.Week);
            if (!unit.HasCalendarLength)
            {
                throw new CliUsageException($"--time-unit must have a calendar length (day, week, N days) for {model}; was {unit.Name}.");
            }

            var values = options.ReadParameters(parseResult, model, names);
            var purchases = Build(() => create(values, unit), "--parameters");
            var spendText = parseResult.GetValue(options.SpendParameters);
            var spendValues = spendText is null ? null : ParameterText.Parse(spendText, SpendNames, "--spend-parameters");
            var spend = spendValues is null ? null : Build(() => new GammaGammaModel(new GammaGammaParameters(spendValues[0], spendValues[1], spendValues[2])), "--spend-parameters");
            var discountRate = parseResult.GetValue(options.DiscountRate) ?? 0.1;
            if (!double.IsFinite(discountRate) || discountRate < 0)
            {
                throw new CliUsageException($"--discount-rate must be a finite number >= 0; was {CsvText.Number(discountRate)}.");
            }

            var summaries = options.ReadSummaries(parseResult, SummaryLayout.Continuous, unit);
            var data = summaries.Table;
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
                        var unitDays = unit.LengthInDays!.Value; // not null: checked above
                        value.DiscountedValue(data, clv, new CustomerLifetimeValueOptions
                        {
                            Horizon = Duration.FromDays(horizon * unitDays),
                            Step = Duration.FromDays(Math.Min(horizon, Math.Max(1, horizon / 10_000)) * unitDays),
                            AnnualDiscountRate = discountRate,
                            Margin = 1,
                        });
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
