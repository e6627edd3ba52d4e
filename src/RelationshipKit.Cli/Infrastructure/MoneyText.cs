using System.CommandLine;
using System.Globalization;
using System.Text.Json;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Reads and writes money for the CLI contract: amounts are invariant decimal numbers with trailing zeros dropped
/// (<c>30000</c>, not <c>30000.00</c>), always next to a <c>currency</c> key (ISO 4217, <c>XXX</c> when none was given).
/// </summary>
internal static class MoneyText
{
    /// <summary>Creates a required decimal option parsed invariantly, with the CLI's error message shape.</summary>
    public static Option<decimal> DecimalOption(string name, string description, bool required = true) => new(name)
    {
        Description = description,
        Required = required,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (!decimal.TryParse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
            {
                result.AddError($"{name} must be a decimal number such as 1000 or 12.50; was \"{text}\".");
                return 0;
            }

            return value;
        },
    };

    /// <summary>Creates <c>--currency</c>: an ISO 4217 code, <c>XXX</c> (no currency) by default.</summary>
    public static Option<Currency> CurrencyOption() => new("--currency")
    {
        Description = "ISO 4217 currency code of the amounts, for example PLN (default XXX, no currency).",
        DefaultValueFactory = _ => Currency.None,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            var code = text.Trim().ToUpperInvariant();
            if (!Currency.IsValidCode(code))
            {
                result.AddError($"--currency must be a three-letter ISO 4217 code such as PLN; was \"{text}\".");
                return Currency.None;
            }

            return new Currency(code);
        },
    };

    /// <summary>Drops trailing zeros: 30000.00 becomes 30000 (the value is unchanged).</summary>
    public static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>Formats an amount invariantly, trailing zeros dropped.</summary>
    public static string Format(decimal value) => Normalize(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>Formats an amount for a table, rounded to two decimals for display only.</summary>
    public static string Display(decimal value) => Math.Round(value, 2, MidpointRounding.ToEven).ToString("#,0.00", CultureInfo.InvariantCulture);

    /// <summary>Writes an amount as a JSON number, trailing zeros dropped.</summary>
    public static void WriteAmount(this Utf8JsonWriter writer, string name, decimal value) => writer.WriteNumber(name, Normalize(value));

    /// <summary>Writes an amount as a JSON number, or <c>null</c> when there is none.</summary>
    public static void WriteAmountOrNull(this Utf8JsonWriter writer, string name, decimal? value)
    {
        if (value is { } amount)
        {
            writer.WriteAmount(name, amount);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
