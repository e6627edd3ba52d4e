using System.Globalization;
using NodaTime;

namespace RelationshipKit.Value.Transactions;

/// <summary>
/// Converts between dates and day numbers (<see cref="DateOnly.DayNumber"/>: days since 0001-01-01 in the
/// proleptic Gregorian calendar), the integer time line that the summaries compute on.
/// </summary>
internal static class DayNumber
{
    /// <summary>The largest day number: 9999-12-31.</summary>
    public static readonly int Max = DateOnly.MaxValue.DayNumber;

    /// <summary>Converts a date to its day number; throws when it is before 0001-01-01.</summary>
    public static int From(LocalDate date, string paramName)
    {
        var iso = date.Calendar == CalendarSystem.Iso ? date : date.WithCalendar(CalendarSystem.Iso);
        if (iso.Year < 1 || iso.Year > 9999)
        {
            throw new ArgumentOutOfRangeException(paramName, date, $"{paramName} must be between 0001-01-01 and 9999-12-31 (ISO); was {iso.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        return iso.ToDateOnly().DayNumber;
    }

    /// <summary>Converts a day number to a date in the ISO calendar.</summary>
    public static LocalDate ToLocalDate(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    /// <summary>Returns the day number of a valid civil date, or −1 when the date does not exist.</summary>
    public static int FromCivil(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return -1;
        }

        return new DateOnly(year, month, day).DayNumber;
    }

    /// <summary>Returns the day number of the first day of the week holding <paramref name="dayNumber"/>.</summary>
    /// <param name="dayNumber">The day.</param>
    /// <param name="firstDayOfWeek">The day weeks start on.</param>
    public static int StartOfWeek(int dayNumber, IsoDayOfWeek firstDayOfWeek)
    {
        // Day 0 (0001-01-01) was a Monday, so (day - (first - Monday)) mod 7 is the offset into the week.
        var offset = (dayNumber - ((int)firstDayOfWeek - 1)) % 7;
        if (offset < 0)
        {
            offset += 7;
        }

        return dayNumber - offset;
    }
}
