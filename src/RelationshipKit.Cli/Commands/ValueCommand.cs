using System.CommandLine;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Value;
using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Cli.Commands;

/// <summary>
/// <c>relationshipkit value simple|acquisition</c>: the manager formulas of lifetime value from the command line.
/// JSON (the default) is a stable contract documented in docs/value/formulas.md; amounts are decimal numbers next to
/// a <c>currency</c> key.
/// </summary>
internal static class ValueCommand
{
    public static Command Create()
    {
        var command = new Command("value", "Compute customer lifetime value with the closed-form formulas (simple LTV, acquisition check).");
        command.Subcommands.Add(CreateSimple());
        command.Subcommands.Add(CreateAcquisition());
        return command;
    }

    private static Command CreateSimple()
    {
        var purchase = MoneyText.DecimalOption("--purchase", "Average value of one purchase (>= 0).");
        var perYear = MoneyText.DecimalOption("--per-year", "Purchases per year (>= 0).");
        var years = MoneyText.DecimalOption("--years", "Years the customer is retained (>= 0).");
        var currency = MoneyText.CurrencyOption();
        var format = CommonOptions.Format(OutputFormat.Json, OutputFormat.Table, OutputFormat.Csv);
        var command = new Command("simple", "Simple lifetime value: average purchase x purchases per year x years retained (1000 x 6 x 5 = 30000).");
        command.Options.Add(purchase);
        command.Options.Add(perYear);
        command.Options.Add(years);
        command.Options.Add(currency);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var averagePurchase = new Money(parseResult.GetValue(purchase), parseResult.GetValue(currency));
            var purchasesPerYear = parseResult.GetValue(perYear);
            var yearsRetained = parseResult.GetValue(years);
            var ltv = Guarded(
                () => CustomerLifetimeValue.Simple(averagePurchase, purchasesPerYear, yearsRetained),
                ("averagePurchase", "--purchase"),
                ("purchasesPerYear", "--per-year"),
                ("yearsRetained", "--years"));
            var output = parseResult.InvocationConfiguration.Output;
            switch (parseResult.GetValue(format))
            {
                case OutputFormat.Json:
                    output.Write(Json.Write(writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteAmount("ltv", ltv.Amount);
                        writer.WriteString("currency", ltv.Currency.Code);
                        writer.WriteAmount("average_purchase", averagePurchase.Amount);
                        writer.WriteAmount("purchases_per_year", purchasesPerYear);
                        writer.WriteAmount("years_retained", yearsRetained);
                        writer.WriteString("formula", "average_purchase * purchases_per_year * years_retained");
                        writer.WriteEndObject();
                    }));
                    break;
                case OutputFormat.Csv:
                    output.Write(CsvText.Write(
                        ["ltv", "currency", "average_purchase", "purchases_per_year", "years_retained"],
                        [[MoneyText.Format(ltv.Amount), ltv.Currency.Code, MoneyText.Format(averagePurchase.Amount), MoneyText.Format(purchasesPerYear), MoneyText.Format(yearsRetained)]]));
                    break;
                default:
                    output.Write(TextTable.Render(
                        "Simple lifetime value",
                        ["quantity", "value"],
                        [
                            ["average purchase", $"{MoneyText.Format(averagePurchase.Amount)} {ltv.Currency.Code}"],
                            ["purchases per year", MoneyText.Format(purchasesPerYear)],
                            ["years retained", MoneyText.Format(yearsRetained)],
                            ["lifetime value", $"{MoneyText.Format(ltv.Amount)} {ltv.Currency.Code}"],
                        ],
                        new HashSet<int> { 1 }));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateAcquisition()
    {
        var ltvOption = MoneyText.DecimalOption("--ltv", "Lifetime value of the customer acquired (may be negative).");
        var cost = MoneyText.DecimalOption("--cost", "Acquisition cost per customer (>= 0).");
        var perPeriod = new Option<decimal?>("--value-per-period")
        {
            Description = "Value the customer brings per period (> 0); adds the simple payback period, the break-even periods (40000 / 6000 = 6.67 years) and the break-even retention rate.",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
                if (!decimal.TryParse(text, System.Globalization.NumberStyles.Number | System.Globalization.NumberStyles.AllowExponent, System.Globalization.CultureInfo.InvariantCulture, out var value))
                {
                    result.AddError($"--value-per-period must be a decimal number such as 6000; was \"{text}\".");
                    return null;
                }

                return value;
            },
        };
        var currency = MoneyText.CurrencyOption();
        var format = CommonOptions.Format(OutputFormat.Json, OutputFormat.Table, OutputFormat.Csv);
        var command = new Command("acquisition", "Acquisition check: does spending COST to win a customer worth LTV create or destroy value (40000 for 30000 is a loss of 10000)?");
        command.Options.Add(ltvOption);
        command.Options.Add(cost);
        command.Options.Add(perPeriod);
        command.Options.Add(currency);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var unit = parseResult.GetValue(currency);
            var ltv = new Money(parseResult.GetValue(ltvOption), unit);
            var acquisitionCost = new Money(parseResult.GetValue(cost), unit);
            var valuePerPeriod = parseResult.GetValue(perPeriod);
            var result = Guarded(
                () => valuePerPeriod is { } v
                    ? CustomerLifetimeValue.CheckAcquisition(ltv, acquisitionCost, new Money(v, unit))
                    : CustomerLifetimeValue.CheckAcquisition(ltv, acquisitionCost),
                ("acquisitionCost", "--cost"),
                ("valuePerPeriod", "--value-per-period"));
            var outcome = result.Outcome switch
            {
                AcquisitionOutcome.Profit => "profit",
                AcquisitionOutcome.Loss => "loss",
                _ => "break_even",
            };

            // Undiscounted, per the period of --value-per-period: the rate whose expected lifetime is the break-even time.
            var breakEvenRetention = result.ValuePerPeriod is { } margin
                ? CustomerLifetimeValue.BreakEvenRetention(acquisitionCost, margin, DiscountRate.PerPeriod(0))?.Value
                : null;
            var output = parseResult.InvocationConfiguration.Output;
            switch (parseResult.GetValue(format))
            {
                case OutputFormat.Json:
                    output.Write(Json.Write(writer =>
                    {
                        writer.WriteStartObject();
                        writer.WriteBoolean("profitable", result.IsProfitable);
                        writer.WriteString("outcome", outcome);
                        writer.WriteAmount("net", result.Net.Amount);
                        writer.WriteAmount("ltv", result.LifetimeValue.Amount);
                        writer.WriteAmount("acquisition_cost", result.AcquisitionCost.Amount);
                        writer.WriteAmount("break_even_acquisition_cost", result.BreakEvenAcquisitionCost.Amount);
                        writer.WriteAmountOrNull("value_per_period", result.ValuePerPeriod?.Amount);
                        writer.WriteAmountOrNull("payback_periods", result.PaybackPeriods);
                        writer.WriteAmountOrNull("break_even_periods", result.BreakEvenPeriods);
                        writer.WriteAmountOrNull("additional_periods_to_break_even", result.AdditionalPeriodsToBreakEven);
                        writer.WriteFiniteOrNull("break_even_retention", breakEvenRetention);

                        writer.WriteString("currency", unit.Code);
                        writer.WriteEndObject();
                    }));
                    break;
                case OutputFormat.Csv:
                    output.Write(CsvText.Write(
                        ["profitable", "outcome", "net", "ltv", "acquisition_cost", "break_even_acquisition_cost", "value_per_period", "payback_periods", "break_even_periods", "additional_periods_to_break_even", "break_even_retention", "currency"],
                        [[
                            result.IsProfitable ? "true" : "false",
                            outcome,
                            MoneyText.Format(result.Net.Amount),
                            MoneyText.Format(result.LifetimeValue.Amount),
                            MoneyText.Format(result.AcquisitionCost.Amount),
                            MoneyText.Format(result.BreakEvenAcquisitionCost.Amount),
                            result.ValuePerPeriod is { } vp ? MoneyText.Format(vp.Amount) : string.Empty,
                            result.PaybackPeriods is { } pb ? MoneyText.Format(pb) : string.Empty,
                            result.BreakEvenPeriods is { } be ? MoneyText.Format(be) : string.Empty,
                            result.AdditionalPeriodsToBreakEven is { } more ? MoneyText.Format(more) : string.Empty,
                            breakEvenRetention is { } r ? r.ToString("R", System.Globalization.CultureInfo.InvariantCulture) : string.Empty,
                            unit.Code,
                        ]]));
                    break;
                default:
                    output.WriteLine(result.ToString());
                    output.WriteLine($"Break-even acquisition cost: {MoneyText.Format(result.BreakEvenAcquisitionCost.Amount)} {unit.Code}.");
                    if (result.ValuePerPeriod is not null)
                    {
                        output.WriteLine(result.PaybackPeriods is { } periods
                            ? $"Payback: {MoneyText.Format(Math.Round(periods, 2))} periods."
                            : "Payback: never within the customer's lifetime.");
                        if (result.BreakEvenPeriods is { } breakEven && result.Outcome == AcquisitionOutcome.Loss)
                        {
                            output.WriteLine(
                                $"Break-even: the customer must stay {MoneyText.Format(Math.Round(breakEven, 2))} periods, "
                                + $"{MoneyText.Format(Math.Round(result.AdditionalPeriodsToBreakEven.GetValueOrDefault(), 2))} more than its lifetime value covers"
                                + (breakEvenRetention is { } rate ? $" (a retention rate of at least {rate.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)} per period)." : "."));
                        }
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Runs a formula and turns a guard failure into a usage error naming the option instead of the parameter.</summary>
    private static T Guarded<T>(Func<T> compute, params (string Parameter, string Option)[] names)
    {
        try
        {
            return compute();
        }
        catch (ArgumentException ex)
        {
            var message = LibraryErrors.FirstSentence(ex.Message);
            foreach (var (parameter, option) in names)
            {
                if (ex.ParamName == parameter && message.StartsWith(parameter, StringComparison.Ordinal))
                {
                    message = option + message[parameter.Length..];
                }
            }

            throw new CliUsageException(message, ex);
        }
        catch (OverflowException ex)
        {
            throw new CliUsageException($"the result is outside the decimal range: {ex.Message}", ex);
        }
    }
}
