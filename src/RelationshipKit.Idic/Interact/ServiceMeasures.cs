using NodaTime;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents what a contact centre measures about one interaction: when the customer started, joined the queue,
/// was answered and finished; whether his case was resolved; whether he had to explain it again; which business
/// process it served; and the satisfaction and recommendation scores he gave.
/// </summary>
/// <remarks>
/// <para>Every member is optional: a channel records what it can (a web form has no queue, an e-mail no answer
/// time). <see cref="Metrics.ServiceMetrics"/> computes each figure over the interactions that carry its inputs and
/// says over how many.</para>
/// <para>The instants must not go back in time: started ≤ queued ≤ answered ≤ ended, for those given. An answered
/// interaction without an end, or an end without an answer (the customer hung up in the queue), is allowed.</para>
/// <para>Scores are the core's <see cref="SatisfactionRating"/>s, so CSAT and NPS are computed with the core's
/// definitions (<see cref="CustomerSatisfactionScore"/>, <see cref="NetPromoterScore"/>). Their customer must be the
/// interaction's customer (checked by <see cref="Interaction"/>).</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ServiceMeasures
{
    /// <summary>The longest business-process name accepted, in characters.</summary>
    public const int MaxProcessLength = 48;

    /// <summary>Initializes a new <see cref="ServiceMeasures"/>.</summary>
    /// <param name="startedAt">When the customer started trying to reach the company (dialled, opened the chat, sent the form).</param>
    /// <param name="queuedAt">When he joined the queue for a person (after the phone menu).</param>
    /// <param name="answeredAt">When a person (or the channel) started serving him.</param>
    /// <param name="endedAt">When the interaction ended.</param>
    /// <param name="resolved">Whether his case was resolved in this interaction; <see langword="null"/> when not recorded.</param>
    /// <param name="reExplained">Whether he had to explain his case again (after a transfer, or because nobody remembered it); <see langword="null"/> when not recorded.</param>
    /// <param name="process">The business process served, a kebab-case name such as <c>ordering</c>, <c>delivery</c> or <c>billing</c>; <see langword="null"/> when not known.</param>
    /// <param name="satisfaction">The satisfaction score he gave in or about this interaction (a CSAT question); <see langword="null"/> for none.</param>
    /// <param name="recommendation">His answer to "how likely are you to recommend us?" on the 0-10 scale (NPS); <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an instant comes before the one it must follow.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="process"/> is not kebab-case, <paramref name="recommendation"/> is not on the 0-10 scale, or the two ratings are of different customers.</exception>
    public ServiceMeasures(
        Instant? startedAt = null,
        Instant? queuedAt = null,
        Instant? answeredAt = null,
        Instant? endedAt = null,
        bool? resolved = null,
        bool? reExplained = null,
        string? process = null,
        SatisfactionRating? satisfaction = null,
        SatisfactionRating? recommendation = null)
    {
        NotBefore(queuedAt, startedAt, nameof(queuedAt), nameof(startedAt));
        NotBefore(answeredAt, queuedAt ?? startedAt, nameof(answeredAt), queuedAt is null ? nameof(startedAt) : nameof(queuedAt));
        NotBefore(endedAt, answeredAt ?? queuedAt ?? startedAt, nameof(endedAt), answeredAt is not null ? nameof(answeredAt) : queuedAt is not null ? nameof(queuedAt) : nameof(startedAt));
        if (recommendation is not null && recommendation.Scale != SatisfactionScale.ZeroToTen)
        {
            throw new ArgumentException($"recommendation must be on the 0-10 scale of the recommend question; was on {recommendation.Scale}.", nameof(recommendation));
        }

        if (satisfaction is not null && recommendation is not null && satisfaction.Customer != recommendation.Customer)
        {
            throw new ArgumentException(
                $"recommendation must be of the customer who gave satisfaction ({satisfaction.Customer}); was of {recommendation.Customer}.", nameof(recommendation));
        }

        StartedAt = startedAt;
        QueuedAt = queuedAt;
        AnsweredAt = answeredAt;
        EndedAt = endedAt;
        Resolved = resolved;
        ReExplained = reExplained;
        Process = process is null ? null : KebabCase.Require(process, MaxProcessLength, nameof(process));
        Satisfaction = satisfaction;
        Recommendation = recommendation;
    }

    /// <summary>Gets when the customer started trying to reach the company; <see langword="null"/> when not recorded.</summary>
    public Instant? StartedAt { get; }

    /// <summary>Gets when he joined the queue for a person; <see langword="null"/> when not recorded (or no queue).</summary>
    public Instant? QueuedAt { get; }

    /// <summary>Gets when a person (or the channel) started serving him; <see langword="null"/> when never answered or not recorded.</summary>
    public Instant? AnsweredAt { get; }

    /// <summary>Gets when the interaction ended; <see langword="null"/> when not recorded.</summary>
    public Instant? EndedAt { get; }

    /// <summary>Gets whether his case was resolved in this interaction; <see langword="null"/> when not recorded.</summary>
    public bool? Resolved { get; }

    /// <summary>Gets whether he had to explain his case again; <see langword="null"/> when not recorded.</summary>
    public bool? ReExplained { get; }

    /// <summary>Gets the business process served; <see langword="null"/> when not known.</summary>
    public string? Process { get; }

    /// <summary>Gets the satisfaction score he gave; <see langword="null"/> for none.</summary>
    public SatisfactionRating? Satisfaction { get; }

    /// <summary>Gets his 0-10 answer to the recommend question; <see langword="null"/> for none.</summary>
    public SatisfactionRating? Recommendation { get; }

    /// <summary>Gets the time from starting to being served (phone menu and queue), <see cref="AnsweredAt"/> − <see cref="StartedAt"/>; <see langword="null"/> unless both are recorded.</summary>
    public Duration? TimeToService => AnsweredAt - StartedAt;

    /// <summary>Gets the time in the queue, <see cref="AnsweredAt"/> − <see cref="QueuedAt"/>; <see langword="null"/> unless both are recorded.</summary>
    public Duration? WaitTime => AnsweredAt - QueuedAt;

    /// <summary>Gets the handle time, <see cref="EndedAt"/> − <see cref="AnsweredAt"/>; <see langword="null"/> unless both are recorded.</summary>
    public Duration? HandleTime => EndedAt - AnsweredAt;

    /// <summary>Returns the recorded measures (no personal data).</summary>
    /// <returns>A short description, for example <c>wait 0:02:00, handle 0:06:30, resolved</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (WaitTime is { } wait)
        {
            parts.Add($"wait {Hms(wait)}");
        }

        if (HandleTime is { } handle)
        {
            parts.Add($"handle {Hms(handle)}");
        }

        if (Resolved is { } resolved)
        {
            parts.Add(resolved ? "resolved" : "not resolved");
        }

        if (ReExplained == true)
        {
            parts.Add("re-explained");
        }

        if (Process is { } process)
        {
            parts.Add("process " + process);
        }

        return parts.Count == 0 ? "no measures" : string.Join(", ", parts);
    }

    internal static string Hms(Duration duration) =>
        duration.ToString("-H:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    private static void NotBefore(Instant? later, Instant? earlier, string laterName, string earlierName)
    {
        if (later is { } l && earlier is { } e && l < e)
        {
            throw Guard.OutOfRange(laterName, l, $"not be before {earlierName} ({e})");
        }
    }
}
