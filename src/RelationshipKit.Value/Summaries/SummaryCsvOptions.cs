using System.Globalization;

namespace RelationshipKit.Value.Summaries;

/// <summary>Represents how to read a customer-summary file: which columns it must have, its culture and its time unit. A mutable bag, validated when a reader is created.</summary>
/// <remarks>
/// <para>A reader copies the settings when it is created; changing the options afterwards does not affect it.</para>
/// </remarks>
[Mutable]
public sealed class SummaryCsvOptions
{
    /// <summary>Gets or sets which columns the file must have.</summary>
    /// <value><see cref="SummaryLayout.Continuous"/>: frequency, recency and T.</value>
    public SummaryLayout Layout { get; set; } = SummaryCsvDefaults.Layout;

    /// <summary>Gets or sets the culture that reads numbers (decimal separator).</summary>
    /// <value><see cref="CultureInfo.InvariantCulture"/>.</value>
    public CultureInfo Culture { get; set; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// Gets or sets the unit of recency and T. When the file records its unit (a <c>time_unit</c> column, as
    /// <see cref="SummaryCsvWriter"/> writes it), a different unit here is an error naming both; when it does not,
    /// this unit is used.
    /// </summary>
    /// <value>
    /// <see langword="null"/>: the file's unit, or <see cref="TimeUnit.Day"/> when the file does not record one
    /// (<see cref="TimeUnit.Period"/> for <see cref="SummaryLayout.Discrete"/>).
    /// </value>
    public TimeUnit? TimeUnit { get; set; }

    /// <summary>Throws when a setting is invalid; the parameter name is <paramref name="paramName"/> and the message names the property.</summary>
    /// <param name="paramName">The name of the options argument at the public entry point.</param>
    internal void Validate(string paramName)
    {
        if (!Enum.IsDefined(Layout))
        {
            throw new ArgumentOutOfRangeException(paramName, Layout, $"Layout must be Continuous, Discrete or Spend; was {(int)Layout}.");
        }

        if (Culture is null)
        {
            throw new ArgumentException("Culture must not be null; use CultureInfo.InvariantCulture for the default.", paramName);
        }

        if (TimeUnit is { } unit && (Layout == SummaryLayout.Discrete) != (unit == Value.TimeUnit.Period))
        {
            throw new ArgumentException(
                Layout == SummaryLayout.Discrete
                    ? $"TimeUnit must be period for the Discrete layout, which counts opportunities; was {unit.Name}."
                    : $"TimeUnit must have a calendar length (day, week, N days) for the {Layout} layout; was {unit.Name}.",
                paramName);
        }
    }
}
