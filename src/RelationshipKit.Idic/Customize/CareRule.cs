using NodaTime;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents a care rule: after an event of a kind, plan an activity a delay later, and let it lapse when it could
/// not happen within a deadline.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class CareRule
{
    /// <summary>Initializes a new <see cref="CareRule"/>.</summary>
    /// <param name="name">A kebab-case name, for example <c>thank-you-after-sale</c>.</param>
    /// <param name="trigger">The event kind it follows.</param>
    /// <param name="activity">The activity it plans.</param>
    /// <param name="delay">How long after the event, 0 or more.</param>
    /// <param name="deadline">How long after the event the activity still makes sense; at least <paramref name="delay"/>.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is not kebab-case.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an enum is undefined, <paramref name="delay"/> is negative or <paramref name="deadline"/> is below it.</exception>
    public CareRule(string name, CareEventKind trigger, CareActivity activity, Duration delay, Duration deadline)
    {
        Name = KebabCase.Require(name, 64, nameof(name));
        Guard.Defined(trigger);
        Guard.Defined(activity);
        if (delay < Duration.Zero)
        {
            throw Guard.OutOfRange(nameof(delay), delay, "be 0 or more");
        }

        if (deadline < delay)
        {
            throw Guard.OutOfRange(nameof(deadline), deadline, $"be at least the delay ({delay})");
        }

        Trigger = trigger;
        Activity = activity;
        Delay = delay;
        Deadline = deadline;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the event kind it follows.</summary>
    public CareEventKind Trigger { get; }

    /// <summary>Gets the activity it plans.</summary>
    public CareActivity Activity { get; }

    /// <summary>Gets how long after the event.</summary>
    public Duration Delay { get; }

    /// <summary>Gets how long after the event the activity still makes sense.</summary>
    public Duration Deadline { get; }

    /// <summary>Returns the rule in words.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Name}: {CareActivities.Describe(Activity).Name} {Describe(Delay)} {Trigger}";

    internal static string Describe(Duration delay) =>
        delay == Duration.Zero ? "at once after"
        : delay.BclCompatibleTicks % NodaConstants.TicksPerDay == 0 ? Plural(delay.Days, "day") + " after"
        : delay.BclCompatibleTicks % NodaConstants.TicksPerHour == 0 ? Plural((long)delay.TotalHours, "hour") + " after"
        : Plural((long)delay.TotalMinutes, "minute") + " after";

    private static string Plural(long n, string unit) => n == 1 ? $"1 {unit}" : $"{n} {unit}s";
}
