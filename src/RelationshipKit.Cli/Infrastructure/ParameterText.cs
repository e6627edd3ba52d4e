using System.Globalization;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>
/// Reads model parameters from <c>--parameters "r=0.243,alpha=4.414,a=0.793,b=2.426"</c>. Names must be exactly the
/// model's, each once. (A saved fit, <c>--fit FILE</c>, is read by the library's <c>FitDocument</c>.)
/// </summary>
internal static class ParameterText
{
    /// <summary>Parses <c>name=value</c> pairs into values in the order of <paramref name="names"/>.</summary>
    public static double[] Parse(string text, IReadOnlyList<string> names, string optionName)
    {
        var values = new double?[names.Count];
        foreach (var rawPair in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (rawPair.Length == 0)
            {
                continue;
            }

            var equals = rawPair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new CliUsageException($"{optionName} must be name=value pairs separated by commas ({Expected(names)}); \"{rawPair}\" has no '='.");
            }

            var name = rawPair[..equals].Trim();
            var index = IndexOf(names, name);
            if (index < 0)
            {
                throw new CliUsageException($"{optionName}: unknown parameter \"{name}\"; expected {Expected(names)}.");
            }

            if (values[index] is not null)
            {
                throw new CliUsageException($"{optionName}: parameter \"{name}\" is given twice.");
            }

            var valueText = rawPair[(equals + 1)..].Trim();
            if (!double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                throw new CliUsageException($"{optionName}: {name} must be a finite number; was \"{valueText}\".");
            }

            values[index] = value;
        }

        return Complete(values, names, optionName);
    }

    private static double[] Complete(double?[] values, IReadOnlyList<string> names, string source)
    {
        var missing = names.Where((_, i) => values[i] is null).ToArray();
        if (missing.Length > 0)
        {
            throw new CliUsageException($"{source}: missing parameter(s) {string.Join(", ", missing)}; expected {Expected(names)}.");
        }

        return [.. values.Select(v => v!.Value)];
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (string.Equals(names[i], name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Expected(IReadOnlyList<string> names) => string.Join(", ", names.Select(n => n + "=…"));
}
