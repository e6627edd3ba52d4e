using NodaTime;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents one activity of a care plan: what, when asked for and when scheduled, on which channel, why, the rule
/// that planned it, and what consent and the contact policy said.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class CarePlanItem
{
    internal CarePlanItem(CareActivity activity, string rule, string reason, CareEvent? trigger, Instant requested, Instant? scheduled, Channel? channel, CarePlanItemStatus status, string[] checks)
    {
        Activity = activity;
        Rule = rule;
        Reason = reason;
        Trigger = trigger;
        Requested = requested;
        Scheduled = scheduled;
        Channel = channel;
        Status = status;
        Checks = Array.AsReadOnly(checks);
    }

    /// <summary>Gets the activity.</summary>
    public CareActivity Activity { get; }

    /// <summary>Gets the activity's kebab-case name.</summary>
    public string Name => CareActivities.Describe(Activity).Name;

    /// <summary>Gets the rule that planned it: a <see cref="CareRule"/>'s or a <see cref="TreatmentRule"/>'s name.</summary>
    public string Rule { get; }

    /// <summary>Gets why, for example <c>after Sale s-1 at 2026-06-01T10:00:00Z</c>.</summary>
    public string Reason { get; }

    /// <summary>Gets the event it follows; <see langword="null"/> when a treatment rule planned it.</summary>
    public CareEvent? Trigger { get; }

    /// <summary>Gets the instant asked for.</summary>
    public Instant Requested { get; }

    /// <summary>Gets the instant scheduled; <see langword="null"/> when not scheduled.</summary>
    public Instant? Scheduled { get; }

    /// <summary>Gets the channel; <see langword="null"/> for an internal activity.</summary>
    public Channel? Channel { get; }

    /// <summary>Gets what became of it.</summary>
    public CarePlanItemStatus Status { get; }

    /// <summary>Gets a value indicating whether it is on the plan (scheduled, moved or internal).</summary>
    public bool IsPlanned => Status is CarePlanItemStatus.Scheduled or CarePlanItemStatus.Moved or CarePlanItemStatus.Internal;

    /// <summary>Gets what consent and the contact policy said, in order.</summary>
    public IReadOnlyList<string> Checks { get; }

    /// <summary>Returns, for example, <c>2026-06-02T10:00:00Z thank-you-call on phone (thank-you-after-sale: after Sale s-1 …)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(Scheduled is { } s ? s.ToString() : Status.ToString())} {Name}{(Channel is { } c ? " on " + c.Name : " (internal)")} [{Rule}: {Reason}]";
}
