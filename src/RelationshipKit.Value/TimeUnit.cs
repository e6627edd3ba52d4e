using System.Globalization;
using NodaTime;

namespace RelationshipKit.Value;

/// <summary>
/// Represents the unit in which a summary or a model measures time: a fixed number of days (day, week, a multiple
/// of days) or an abstract period (a contract period, a discrete purchase opportunity).
/// </summary>
/// <remarks>
/// <para>Models are invariant to the unit: fitting the same data in days or in weeks gives the same
/// probabilities, with rate parameters scaled. The unit matters where time meets the calendar: horizons,
/// discounting (an annual discount rate is converted exactly to the unit, see <see cref="PerUnitRate(double)"/>)
/// and reports.</para>
/// <para>Equality compares the kind and the length. The <c>default</c> value is <see cref="Period"/>
/// (an abstract period with no calendar length).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct TimeUnit : IEquatable<TimeUnit>
{
    /// <summary>The days in a year used to convert annual rates: the mean Gregorian year, 365.2425 days.</summary>
    public const double DaysPerYear = 365.2425;

    private readonly int _days;

    private TimeUnit(int days) => _days = days;

    /// <summary>Gets one day.</summary>
    public static TimeUnit Day => new(1);

    /// <summary>Gets one week (7 days).</summary>
    public static TimeUnit Week => new(7);

    /// <summary>Gets an abstract period with no calendar length (a contract period, a discrete opportunity); the <c>default</c> value.</summary>
    public static TimeUnit Period => default;

    /// <summary>Gets a value indicating whether this unit has a calendar length in days.</summary>
    public bool HasCalendarLength => _days > 0;

    /// <summary>Gets the length in days, or <see langword="null"/> for <see cref="Period"/>.</summary>
    public int? LengthInDays => _days > 0 ? _days : null;

    /// <summary>Gets the length as a NodaTime <see cref="Duration"/>, or <see langword="null"/> for <see cref="Period"/>.</summary>
    public Duration? Length => _days > 0 ? Duration.FromDays(_days) : null;

    /// <summary>Gets the unit's name as used in file headers and JSON: <c>day</c>, <c>week</c>, <c>N days</c> or <c>period</c>.</summary>
    public string Name => _days switch
    {
        0 => "period",
        1 => "day",
        7 => "week",
        _ => _days.ToString(CultureInfo.InvariantCulture) + " days",
    };

    /// <summary>Determines whether two units are equal.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(TimeUnit left, TimeUnit right) => left.Equals(right);

    /// <summary>Determines whether two units differ.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TimeUnit left, TimeUnit right) => !left.Equals(right);

    /// <summary>Creates a unit of <paramref name="days"/> days.</summary>
    /// <param name="days">The length in days, 1 or more.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="days"/> is less than 1.</exception>
    public static TimeUnit Days(int days)
    {
        if (days < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(days), days, $"days must be >= 1; was {days.ToString(CultureInfo.InvariantCulture)}.");
        }

        return new TimeUnit(days);
    }

    /// <summary>Parses a unit name: <c>day</c>, <c>week</c>, <c>period</c>, or <c>N days</c>/<c>Nd</c>.</summary>
    /// <param name="text">The name.</param>
    /// <param name="unit">The unit, when the name is recognised.</param>
    /// <returns><see langword="true"/> when recognised.</returns>
    public static bool TryParse(string? text, out TimeUnit unit)
    {
        unit = default;
        var trimmed = text?.Trim().ToLowerInvariant();
        switch (trimmed)
        {
            case "day" or "days" or "d":
                unit = Day;
                return true;
            case "week" or "weeks" or "w":
                unit = Week;
                return true;
            case "period" or "periods" or "opportunity":
                unit = Period;
                return true;
            case null:
                return false;
        }

        var number = trimmed.EndsWith(" days", StringComparison.Ordinal) ? trimmed[..^5]
            : trimmed.EndsWith('d') ? trimmed[..^1] : null;
        if (number is not null && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days >= 1)
        {
            unit = new TimeUnit(days);
            return true;
        }

        return false;
    }

    /// <summary>Converts an annual discount rate to the equivalent rate per this unit: (1 + d)^(days / 365.2425) − 1.</summary>
    /// <param name="annualRate">The annual rate, a finite number &gt; −1.</param>
    /// <returns>The rate per unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="annualRate"/> is not finite or not above −1.</exception>
    /// <exception cref="InvalidOperationException">Thrown when this unit is <see cref="Period"/>, which has no calendar length; give the rate per period instead.</exception>
    public double PerUnitRate(double annualRate)
    {
        if (!double.IsFinite(annualRate) || annualRate <= -1)
        {
            throw Guard.OutOfRange(nameof(annualRate), annualRate, "be a finite number > -1");
        }

        if (_days == 0)
        {
            throw new InvalidOperationException("An abstract period has no calendar length, so an annual rate cannot be converted; give the discount rate per period instead.");
        }

        return Math.Pow(1 + annualRate, _days / DaysPerYear) - 1;
    }

    /// <inheritdoc />
    public bool Equals(TimeUnit other) => _days == other._days;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TimeUnit other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _days;

    /// <summary>Returns <see cref="Name"/>.</summary>
    /// <returns>The unit's name.</returns>
    public override string ToString() => Name;
}
