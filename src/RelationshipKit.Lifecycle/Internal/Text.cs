using System.Globalization;

namespace RelationshipKit.Lifecycle.Internal;

/// <summary>Formatting and validation of the text that goes into messages and history entries.</summary>
internal static class Text
{
    /// <summary>Formats a value for an exception message, invariantly.</summary>
    internal static string Format(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Throws when <paramref name="value"/> is empty, white space or longer than <paramref name="maxLength"/>.</summary>
    internal static string Required(string? value, int maxLength, string paramName)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"{paramName} must not be empty or white space; was {Format(value)}.", paramName);
        }

        return MaxLength(value, maxLength, paramName)!;
    }

    /// <summary>Throws when <paramref name="value"/> is longer than <paramref name="maxLength"/>; null passes.</summary>
    internal static string? MaxLength(string? value, int maxLength, string paramName)
    {
        if (value is not null && value.Length > maxLength)
        {
            throw new ArgumentException($"{paramName} must be at most {maxLength} characters; was {value.Length} characters.", paramName);
        }

        return value;
    }

    /// <summary>Joins items as "a, b and c".</summary>
    internal static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + " and " + list[^1],
        };
    }
}
