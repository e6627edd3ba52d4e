using System.Globalization;
using NodaTime;

namespace RelationshipKit.Value.Summaries;

/// <summary>Represents how a transaction log is reduced to one summary per customer. A mutable bag, validated when summaries are made.</summary>
/// <remarks>
/// <para>The conventions (see the summaries page of the documentation for examples):</para>
/// <list type="bullet">
/// <item>Each purchase is dated to the start of its <see cref="Collapse"/> period (the day itself, or the first day of
/// its week); purchases with the same period count as one.</item>
/// <item>Frequency x is the number of distinct periods after the first one; recency t_x is the time from the first
/// period to the last; T is the time from the first period to the period of the observation end (the calibration
/// end when there is a holdout); all in <see cref="TimeUnit"/>.</item>
/// <item>Purchases on the observation end day are included; later ones are ignored.</item>
/// <item>Monetary value is the mean of the repeat periods' totals (the first period's spend is left out); 0 when
/// there are no repeat periods.</item>
/// </list>
/// <para>The defaults give lifetimes' <c>summary_data_from_transaction_data(..., freq="D")</c>; with
/// <see cref="TimeUnit"/> = <see cref="Value.TimeUnit.Week"/>, its <c>freq="D", freq_multiplier=7</c>; with
/// <see cref="Collapse"/> = <see cref="CollapsePeriod.Week"/> and a weekly unit, its <c>freq="W"</c>.</para>
/// </remarks>
[Mutable]
public sealed class SummaryOptions
{
    /// <summary>Gets or sets the period within which purchases count as one.</summary>
    /// <value><see cref="CollapsePeriod.Day"/>.</value>
    public CollapsePeriod Collapse { get; set; } = SummaryDefaults.Collapse;

    /// <summary>Gets or sets the day weeks start on, for <see cref="CollapsePeriod.Week"/>.</summary>
    /// <value><see cref="IsoDayOfWeek.Monday"/> (pandas' and lifetimes' weekly periods end on Sunday).</value>
    public IsoDayOfWeek FirstDayOfWeek { get; set; } = SummaryDefaults.FirstDayOfWeek;

    /// <summary>Gets or sets the unit of recency, T and the holdout duration: a day, a week (7 days) or a number of days.</summary>
    /// <value><see cref="Value.TimeUnit.Day"/>.</value>
    public TimeUnit TimeUnit { get; set; } = SummaryDefaults.TimeUnit;

    /// <summary>Gets or sets the last day observed (inclusive); purchases after it are ignored.</summary>
    /// <value><see langword="null"/>: the date of the last transaction in the log.</value>
    public LocalDate? ObservationEnd { get; set; }

    /// <summary>Gets or sets the last day of the calibration period (inclusive), which splits the log into calibration and holdout; <see langword="null"/> for no split.</summary>
    /// <value><see langword="null"/>: no holdout.</value>
    public LocalDate? CalibrationEnd { get; set; }

    /// <summary>Throws when a setting is invalid on its own; the parameter name is <paramref name="paramName"/> and the message names the property.</summary>
    /// <param name="paramName">The name of the options argument at the public entry point.</param>
    internal void Validate(string paramName)
    {
        if (!Enum.IsDefined(Collapse))
        {
            throw new ArgumentOutOfRangeException(paramName, Collapse, $"Collapse must be Day or Week; was {(int)Collapse}.");
        }

        if (FirstDayOfWeek is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
        {
            throw new ArgumentOutOfRangeException(paramName, FirstDayOfWeek, $"FirstDayOfWeek must be a day from Monday to Sunday; was {FirstDayOfWeek}.");
        }

        if (!TimeUnit.HasCalendarLength)
        {
            throw new ArgumentException($"TimeUnit must have a calendar length (a day, a week or N days); was {TimeUnit.Name}.", paramName);
        }

        if (ObservationEnd is { } end)
        {
            CheckRange(end, nameof(ObservationEnd), paramName);
        }

        if (CalibrationEnd is { } calibration)
        {
            CheckRange(calibration, nameof(CalibrationEnd), paramName);
            if (ObservationEnd is { } observation && calibration >= observation)
            {
                throw new ArgumentOutOfRangeException(paramName, calibration, $"CalibrationEnd must be before ObservationEnd ({Iso(observation)}); was {Iso(calibration)}.");
            }
        }
    }

    /// <summary>Formats a date as ISO 8601 for messages.</summary>
    internal static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void CheckRange(LocalDate date, string property, string paramName)
    {
        var iso = date.WithCalendar(CalendarSystem.Iso);
        if (iso.Year is < 1 or > 9999)
        {
            throw new ArgumentOutOfRangeException(paramName, date, $"{property} must be between 0001-01-01 and 9999-12-31; was {Iso(iso)}.");
        }
    }
}
