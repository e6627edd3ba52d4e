using System.CommandLine;
using System.Globalization;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Cli.Infrastructure;

/// <summary>Factories for options shared by several commands, so every command spells them the same way.</summary>
internal static class CommonOptions
{
    /// <summary>Creates <c>--format</c> with the given allowed formats; the first is the default.</summary>
    /// <remarks>Help shows <c>--format &lt;table|json&gt;</c>: only the formats the command offers.</remarks>
    public static Option<OutputFormat> Format(params OutputFormat[] allowed)
    {
        var names = allowed.Select(f => f.ToString().ToLowerInvariant()).ToArray();
        var option = new Option<OutputFormat>("--format")
        {
            HelpName = string.Join("|", names),
            Description = $"Output format: {string.Join(", ", names)} (default {names[0]}).",
            DefaultValueFactory = _ => allowed[0],
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : names[0];
                var index = Array.IndexOf(names, text.ToLowerInvariant());
                if (index < 0)
                {
                    result.AddError($"--format must be one of {string.Join(", ", names)}; was \"{text}\".");
                    return allowed[0];
                }

                return allowed[index];
            },
        };
        option.CompletionSources.Add(names);
        return option;
    }

    /// <summary>Creates <c>--archetypes</c>: a bond archetype catalogue CSV that replaces Fournier's fifteen forms.</summary>
    public static Option<FileInfo?> Archetypes() => new("--archetypes")
    {
        Description = "Bond archetype catalogue CSV (archetype,dimension,score[,weight,name,description,source]) to use instead of Fournier's fifteen forms; 'relationshipkit bonds archetypes --format csv' prints the built-in one to start from.",
    };

    /// <summary>Reads a time unit with a calendar length (day, week, N days) given to <paramref name="optionName"/>.</summary>
    /// <exception cref="CliUsageException">Thrown for any other text, abstract periods included.</exception>
    public static Value.TimeUnit CalendarUnit(string text, string optionName) =>
        Value.TimeUnit.TryParse(text, out var unit) && unit.HasCalendarLength
            ? unit
            : throw new CliUsageException($"{optionName} must be day, week or N days; was \"{text}\".");

    /// <summary>Creates <c>--culture</c>: the culture used to read numbers and dates (default invariant).</summary>
    public static Option<CultureInfo> Culture() => new("--culture")
    {
        Description = "Culture for reading numbers and dates, for example pl-PL (12,50 and 31.12.2025); default invariant.",
        DefaultValueFactory = _ => CultureInfo.InvariantCulture,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            try
            {
                return CultureInfo.GetCultureInfo(text, predefinedOnly: true);
            }
            catch (CultureNotFoundException)
            {
                result.AddError($"--culture must name a known culture such as pl-PL or ru-RU; was \"{text}\".");
                return CultureInfo.InvariantCulture;
            }
        },
    };

    /// <summary>Reads a column option: a header name, or a 1-based position with --no-header; the default when not given.</summary>
    public static CsvColumn Column(string? text, bool hasHeader, string option, string defaultName, int defaultPosition)
    {
        if (text is null)
        {
            return hasHeader ? CsvColumn.Named(defaultName) : CsvColumn.At(defaultPosition);
        }

        if (hasHeader)
        {
            return text.Trim().Length > 0 ? CsvColumn.Named(text) : throw new CliUsageException($"{option} must name a header column; was \"{text}\".");
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position >= 1
            ? CsvColumn.At(position)
            : throw new CliUsageException($"{option} must be a 1-based column number with --no-header; was \"{text}\".");
    }
}
