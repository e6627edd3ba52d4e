using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Lists overdue callback promises and escalates them, so that none is forgotten silently.
/// </summary>
/// <remarks>This class is thread-safe.</remarks>
public static class CallbackPromises
{
    /// <summary>Gets the default escalation: the owner at once, the team lead after 4 hours, the care manager after 24 hours.</summary>
    public static IReadOnlyList<EscalationStep> DefaultEscalation { get; } =
        Array.AsReadOnly(new[] { new EscalationStep(Duration.FromHours(4), "team-lead"), new EscalationStep(Duration.FromHours(24), "care-manager") });

    /// <summary>Lists the open promises overdue at <paramref name="at"/>, each with its escalation, and logs a warning per promise.</summary>
    /// <param name="promises">The promises (open and kept).</param>
    /// <param name="at">The instant.</param>
    /// <param name="escalation">The escalation steps in increasing <see cref="EscalationStep.After"/>; <see langword="null"/> for <see cref="DefaultEscalation"/>.</param>
    /// <param name="logger">Where to log; <see langword="null"/> for none.</param>
    /// <returns>The escalations, most overdue first, then by promise id.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="promises"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the steps are not in increasing order or a promise is null.</exception>
    public static IReadOnlyList<PromiseEscalation> Overdue(
        IEnumerable<CallbackPromise> promises, Instant at, IReadOnlyList<EscalationStep>? escalation = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(promises);
        escalation ??= DefaultEscalation;
        for (var i = 1; i < escalation.Count; i++)
        {
            if (escalation[i].After <= escalation[i - 1].After)
            {
                throw new ArgumentException(
                    $"escalation must be in increasing order of After; step {i} ({escalation[i]}) does not come after step {i - 1} ({escalation[i - 1]}).", nameof(escalation));
            }
        }

        var result = new List<PromiseEscalation>();
        foreach (var promise in promises)
        {
            if (promise is null)
            {
                throw new ArgumentException("promises must not contain null.", nameof(promises));
            }

            if (!promise.IsOverdueAt(at))
            {
                continue;
            }

            var overdue = at - promise.DueAt;
            var level = 0;
            var to = promise.Owner;
            for (var i = 0; i < escalation.Count; i++)
            {
                if (overdue >= escalation[i].After)
                {
                    level = i + 1;
                    to = escalation[i].EscalateTo;
                }
            }

            result.Add(new PromiseEscalation(promise, overdue, level, to));
        }

        result.Sort((a, b) =>
        {
            var c = b.OverdueBy.CompareTo(a.OverdueBy);
            return c != 0 ? c : string.CompareOrdinal(a.Promise.Id, b.Promise.Id);
        });
        var log = logger ?? NullLogger.Instance;
        foreach (var item in result)
        {
            IdicLog.PromiseOverdue(log, item.Promise.Id, item.ToString());
        }

        return result;
    }
}
