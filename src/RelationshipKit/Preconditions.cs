using System.Globalization;
using System.Runtime.CompilerServices;

namespace RelationshipKit;

/// <summary>
/// Guards for domain rules. Messages name the argument, the rule and the value:
/// <c>"retentionRate must be in [0, 1); was 1.5."</c>
/// </summary>
internal static class Preconditions
{
    /// <summary>Formats a value for an exception message, invariantly and round-trippably.</summary>
    internal static string Format(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Throws when <paramref name="value"/> is NaN or infinite.</summary>
    internal static void Finite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number; was {Format(value)}.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite or negative.</summary>
    internal static void NonNegativeFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value) || value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number >= 0; was {Format(value)}.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is NaN, infinite, zero or negative.</summary>
    internal static void PositiveFinite(double value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!double.IsFinite(value) || value <= 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a finite number > 0; was {Format(value)}.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is outside the closed interval [<paramref name="min"/>, <paramref name="max"/>] or NaN.</summary>
    internal static void InRange(double value, double min, double max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (!(value >= min && value <= max))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be in [{Format(min)}, {Format(max)}]; was {Format(value)}.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    internal static void NonNegative(decimal value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be >= 0; was {Format(value)}.");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not a named member of its enum.</summary>
    internal static void Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be a defined {typeof(TEnum).Name} value; was {Format(value)}.");
        }
    }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> with the standard message shape.</summary>
    internal static ArgumentOutOfRangeException OutOfRange(string paramName, object? value, string rule) =>
        new(paramName, value, $"{paramName} must {rule}; was {Format(value)}.");
}
