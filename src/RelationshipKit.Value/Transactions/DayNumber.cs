using System.Globalization;
using NodaTime;

namespace RelationshipKit.Value.Transactions;

/// <summary>
/// Converts between dates and day numbers (<see cref="DateOnly.DayNumber"/>: days since 0001-01-01 in the
/// proleptic Gregorian calendar), the integer time line that the summaries compute on.
/// </summary>
internal static class DayNumber
{
    /// <summary>The day number of 9999-12-31, the last day summaries handle.</summary>
    public static readonly int MaxDayNumber = DateOnly.MaxValue.DayNumber;

    private static readonly int[] DaysToMonth365 = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365];
    private static readonly int[] DaysToMonth366 = [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366];

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

    /// <summary>Returns the day number of a valid proleptic Gregorian date, or −1 when the date does not exist.</summary>
    /// <remarks>The count is the textbook one: 365 days a year plus the leap days before the year (every 4th year, but
    /// not every 100th unless every 400th), plus the days of the months before, plus the day; tests compare it with
    /// <see cref="DateOnly.DayNumber"/> over every day of several centuries.</remarks>
    public static int FromCivil(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
        {
            return -1;
        }

        var leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
        var daysToMonth = leap ? DaysToMonth366 : DaysToMonth365;
        if (day > daysToMonth[month] - daysToMonth[month - 1])
        {
            return -1;
        }

        var y = year - 1;
        return (y * 365) + (y / 4) - (y / 100) + (y / 400) + daysToMonth[month - 1] + day - 1;
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
