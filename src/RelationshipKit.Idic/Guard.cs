using System.Globalization;
using System.Runtime.CompilerServices;

namespace RelationshipKit.Idic;

/// <summary>
/// Guards for this package's public entry points. Messages name the argument, the rule and the value:
/// <c>"maxOffersPerContact must be >= 0; was -1."</c> Identifiers (e-mail, phone, account, loyalty and device ids,
/// names) are never put into a message in clear text: callers pass them through <see cref="Identify.IdentifierMask"/>.
/// </summary>
internal static class Guard
{
    /// <summary>Formats a value for an exception message, invariantly.</summary>
    internal static string Format(object? value) => value switch
    {
        null => "null",
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Creates the standard out-of-range exception: "<c>{paramName} must {rule}; was {value}.</c>".</summary>
    internal static ArgumentOutOfRangeException OutOfRange(string paramName, object? value, string rule) =>
        new(paramName, value, $"{paramName} must {rule}; was {Format(value)}.");

    /// <summary>Creates the standard exception for a bad options property: "<c>{property} must {rule}; was {value}.</c>".</summary>
    internal static ArgumentException Option(string property, object? value, string rule, string paramName = "options") =>
        new($"{property} must {rule}; was {Format(value)}.", paramName);

    /// <summary>Throws when <paramref name="value"/> is negative.</summary>
    internal static void NonNegative(int value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value < 0)
        {
            throw OutOfRange(paramName, value, "be >= 0");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is not a named member of its enum.</summary>
    internal static void Defined<TEnum>(TEnum value, [CallerArgumentExpression(nameof(value))] string paramName = "")
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw OutOfRange(paramName, value, $"be a defined {typeof(TEnum).Name} value");
        }
    }

    /// <summary>Throws when <paramref name="value"/> is null, empty or white space.</summary>
    internal static string NotBlank(string? value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty or white space; was {Format(value)}.", paramName);
        }

        return value.Trim();
    }

    /// <summary>Throws when <paramref name="value"/> is the unset default customer id.</summary>
    internal static void Set(CustomerId value, [CallerArgumentExpression(nameof(value))] string paramName = "")
    {
        if (value.IsDefault)
        {
            throw new ArgumentException($"{paramName} must be a real customer id; was the default (unset) id.", paramName);
        }
    }

    /// <summary>Copies <paramref name="items"/> into an immutable list, rejecting nulls with the item's index.</summary>
    internal static IReadOnlyList<T> CopyNotNull<T>(IEnumerable<T>? items, [CallerArgumentExpression(nameof(items))] string paramName = "")
        where T : class
    {
        if (items is null)
        {
            return Array.Empty<T>();
        }

        var copy = items.ToArray();
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is null)
            {
                throw new ArgumentException($"{paramName} must not contain null; item {i} was null.", paramName);
            }
        }

        return Array.AsReadOnly(copy);
    }
}
