using System.Globalization;
using System.Runtime.CompilerServices;

namespace RelationshipKit.Value;

/// <summary>
/// Guards for this package's public entry points. Messages name the argument, the rule and the value:
/// <c>"retentionRate must be in [0, 1); was 1.5."</c>
/// </summary>
internal static class Guard
{
    /// <summary>Formats a value for an exception message, invariantly and round-trippably.</summary>
    internal static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Formats a value for an exception message, invariantly.</summary>
    internal static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Creates the standard out-of-range exception: "<c>{paramName} must {rule}; was {value}.</c>".</summary>
    internal static ArgumentOutOfRangeException OutOfRange(string paramName, double value, string rule) =>
        new(paramName, value, $"{paramName} must {rule}; was {Format(value)}.");

    /// <summary>Creates the standard out-of-range exception for a decimal value.</summary>
    internal static ArgumentOutOfRangeException OutOfRange(string paramName, decimal value, string rule) =>
        new(paramName, value, $"{paramName} must {rule}; was {Format(value)}.");

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite, zero or negative.</summary>
    internal static void PositiveFinite(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw OutOfRange(paramName, value, "be a finite number > 0");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite or negative.</summary>
    internal static void NonNegativeFinite(double value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw OutOfRange(paramName, value, "be a finite number >= 0");
        }
    }
}
