using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents when a line or team of the company is open: a daily window on some days of the week, in the
/// company's time zone.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class ServiceHours
{
    private readonly bool[] _days = new bool[8];

    /// <summary>Initializes a new <see cref="ServiceHours"/>.</summary>
    /// <param name="zone">The company's time zone.</param>
    /// <param name="hours">The daily opening window (for example 08:00-18:00); it may cross midnight.</param>
    /// <param name="days">The days it opens (the day a window starts on); at least one.</param>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="zone"/> or <paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="hours"/> is the default or <paramref name="days"/> is empty or holds an undefined day.</exception>
    public ServiceHours(DateTimeZone zone, DailyWindow hours, IEnumerable<IsoDayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(days);
        if (!hours.IsSet)
        {
            throw new ArgumentException("hours must be set; was the default window.", nameof(hours));
        }

        foreach (var day in days)
        {
            if (day is < IsoDayOfWeek.Monday or > IsoDayOfWeek.Sunday)
            {
                throw Guard.OutOfRange(nameof(days), day, "hold only Monday to Sunday");
            }

            _days[(int)day] = true;
        }

        if (!_days.Any(d => d))
        {
            throw new ArgumentException("days must hold at least one day; was empty.", nameof(days));
        }

        Zone = zone;
        Hours = hours;
    }

    /// <summary>Gets the company's time zone.</summary>
    public DateTimeZone Zone { get; }

    /// <summary>Gets the daily opening window.</summary>
    public DailyWindow Hours { get; }

    /// <summary>Gets the days it opens, Monday first.</summary>
    public IReadOnlyList<IsoDayOfWeek> Days => [.. Enumerable.Range(1, 7).Where(d => _days[d]).Select(d => (IsoDayOfWeek)d)];

    /// <summary>Creates hours open Monday to Friday.</summary>
    /// <param name="zone">The time zone.</param>
    /// <param name="open">The opening time.</param>
    /// <param name="close">The closing time.</param>
    /// <returns>The hours.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="zone"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="open"/> equals <paramref name="close"/>.</exception>
    public static ServiceHours Weekdays(DateTimeZone zone, LocalTime open, LocalTime close) =>
        new(zone, new DailyWindow(open, close), [IsoDayOfWeek.Monday, IsoDayOfWeek.Tuesday, IsoDayOfWeek.Wednesday, IsoDayOfWeek.Thursday, IsoDayOfWeek.Friday]);

    /// <summary>Determines whether the line is open at <paramref name="at"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> when open.</returns>
    public bool IsOpen(Instant at)
    {
        var local = at.InZone(Zone).LocalDateTime;
        var time = local.TimeOfDay;
        if (!Hours.Contains(time))
        {
            return false;
        }

        // A window crossing midnight belongs to the day it started on.
        var startDay = Hours.CrossesMidnight && time < Hours.End ? local.Date.PlusDays(-1) : local.Date;
        return _days[(int)startDay.DayOfWeek];
    }

    /// <summary>Finds the first instant at or after <paramref name="from"/> when the line is open.</summary>
    /// <param name="from">The instant to start from.</param>
    /// <returns>The next opening (<paramref name="from"/> itself when open).</returns>
    public Instant NextOpen(Instant from)
    {
        if (IsOpen(from))
        {
            return from;
        }

        var candidate = from;
        for (var i = 0; i < 9; i++)
        {
            candidate = DailyWindow.NextLocal(candidate, Zone, Hours.Start);
            if (IsOpen(candidate))
            {
                return candidate;
            }
        }

        return candidate;
    }

    /// <summary>Finds when the line closes after <paramref name="from"/>, while it is open.</summary>
    internal Instant NextClose(Instant from) => DailyWindow.NextLocal(from, Zone, Hours.End);

    /// <summary>Returns the hours, for example <c>08:00-18:00 Monday-Friday (Europe/Warsaw)</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Hours} {string.Join(",", Days.Select(d => d.ToString()[..3]))} ({Zone.Id})";
}
