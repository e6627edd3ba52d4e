using NodaTime;

namespace RelationshipKit.Value;

/// <summary>
/// The period a rate applies to: a positive NodaTime <see cref="Period"/> of years, months, weeks and days, or
/// <see langword="null"/> for an abstract period (the model's own period, with no calendar length).
/// </summary>
/// <remarks>
/// Two periods have the same length when their total months (12 per year) and total days (7 per week) agree, so
/// <c>P1Y</c> equals <c>P12M</c> and <c>P1W</c> equals <c>P7D</c>. Converting between months and days uses the mean
/// Gregorian month, 365.2425 / 12 = 30.436875 days.
/// </remarks>
internal static class RatePeriod
{
    /// <summary>The mean Gregorian month in days.</summary>
    internal const double DaysPerMonth = TimeUnit.DaysPerYear / 12;

    /// <summary>Throws unless <paramref name="period"/> is null or a positive period of whole years, months, weeks and days.</summary>
    internal static void Validate(Period? period, string paramName)
    {
        if (period is null)
        {
            return;
        }

        if (period.HasTimeComponent || period.Years < 0 || period.Months < 0 || period.Weeks < 0 || period.Days < 0 || TotalMonths(period) + TotalDays(period) == 0)
        {
            throw new ArgumentOutOfRangeException(
                paramName,
                period,
                $"{paramName} must be null (an abstract period) or a positive period of years, months, weeks and days; was {period}.");
        }
    }

    /// <summary>Gets a value indicating whether two periods have the same length (both abstract, or equal total months and days).</summary>
    internal static bool SameLength(Period? left, Period? right) =>
        left is null || right is null
            ? left is null && right is null
            : TotalMonths(left) == TotalMonths(right) && TotalDays(left) == TotalDays(right);

    /// <summary>Gets a hash code consistent with <see cref="SameLength"/>.</summary>
    internal static int Hash(Period? period) => period is null ? 0 : HashCode.Combine(TotalMonths(period), TotalDays(period));

    /// <summary>Formats a period for messages and <c>ToString</c>: ISO 8601 (<c>P1Y</c>) or <c>period</c>.</summary>
    internal static string Format(Period? period) => period?.ToString() ?? "period";

    /// <summary>Computes how many <paramref name="from"/> periods make one <paramref name="to"/> period.</summary>
    /// <exception cref="InvalidOperationException">Thrown when either period is abstract.</exception>
    internal static double Ratio(Period? from, Period? to)
    {
        if (from is null || to is null)
        {
            throw new InvalidOperationException(
                $"Cannot convert a rate per {Format(from)} to a rate per {Format(to)}: an abstract period has no calendar length. Give the rate per calendar period (for example Period.FromYears(1)).");
        }

        var fromMonths = TotalMonths(from);
        var toMonths = TotalMonths(to);
        var fromDays = TotalDays(from);
        var toDays = TotalDays(to);
        if (fromDays == 0 && toDays == 0)
        {
            return (double)toMonths / fromMonths;
        }

        if (fromMonths == 0 && toMonths == 0)
        {
            return (double)toDays / fromDays;
        }

        return ((toMonths * DaysPerMonth) + toDays) / ((fromMonths * DaysPerMonth) + fromDays);
    }

    private static long TotalMonths(Period period) => (period.Years * 12L) + period.Months;

    private static long TotalDays(Period period) => (period.Weeks * 7L) + period.Days;
}
