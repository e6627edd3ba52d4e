using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents a window of local time that repeats every day, such as quiet hours from 21:00 to 08:00 (crossing
/// midnight) or preferred hours from 17:00 to 19:00.
/// </summary>
/// <remarks>
/// <para>The window holds <see cref="Start"/> and excludes <see cref="End"/>. When <see cref="End"/> is earlier than
/// <see cref="Start"/> the window crosses midnight. Local times are read in the time zone of whoever applies the
/// window (the customer's for quiet hours, the company's for service hours).</para>
/// <para>The <c>default</c> value (00:00 to 00:00) is rejected by the constructor and means "not set" where a
/// property documents so. Equality compares both ends. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct DailyWindow : IEquatable<DailyWindow>
{
    /// <summary>Initializes a new <see cref="DailyWindow"/>.</summary>
    /// <param name="start">The first local time inside the window.</param>
    /// <param name="end">The first local time after the window; earlier than <paramref name="start"/> to cross midnight.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="start"/> equals <paramref name="end"/>.</exception>
    public DailyWindow(LocalTime start, LocalTime end)
    {
        if (start == end)
        {
            throw new ArgumentException($"end must differ from start; both were {start:HH:mm:ss}.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>Gets the first local time inside the window.</summary>
    public LocalTime Start { get; }

    /// <summary>Gets the first local time after the window.</summary>
    public LocalTime End { get; }

    /// <summary>Gets a value indicating whether the window crosses midnight.</summary>
    public bool CrossesMidnight => End < Start;

    /// <summary>Determines whether two windows are equal.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DailyWindow left, DailyWindow right) => left.Equals(right);

    /// <summary>Determines whether two windows differ.</summary>
    /// <param name="left">The first window.</param>
    /// <param name="right">The second window.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DailyWindow left, DailyWindow right) => !left.Equals(right);

    /// <summary>Determines whether <paramref name="time"/> is inside the window.</summary>
    /// <param name="time">A local time.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(LocalTime time) => CrossesMidnight ? time >= Start || time < End : time >= Start && time < End;

    /// <inheritdoc />
    public bool Equals(DailyWindow other) => Start == other.Start && End == other.End;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DailyWindow other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Start, End);

    /// <summary>Returns the window, for example <c>21:00-08:00</c>.</summary>
    /// <returns>The window.</returns>
    public override string ToString() =>
        $"{Start.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}-{End.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)}";

    internal bool IsSet => Start != End;

    /// <summary>The first instant at or after <paramref name="from"/> whose local time in <paramref name="zone"/> is <paramref name="time"/> (DST gaps resolve forward, overlaps to the earlier instant).</summary>
    internal static Instant NextLocal(Instant from, DateTimeZone zone, LocalTime time)
    {
        var local = from.InZone(zone).LocalDateTime;
        var date = local.Date;
        for (var i = 0; i < 3; i++)
        {
            var candidate = zone.AtLeniently(date.At(time)).ToInstant();
            if (candidate > from)
            {
                return candidate;
            }

            date = date.PlusDays(1);
        }

        return zone.AtLeniently(date.At(time)).ToInstant();
    }
}
