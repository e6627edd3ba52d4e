using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents an overdue callback promise and who must now hear about it.
/// </summary>
/// <remarks>Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class PromiseEscalation
{
    internal PromiseEscalation(CallbackPromise promise, Duration overdueBy, int level, string escalateTo)
    {
        Promise = promise;
        OverdueBy = overdueBy;
        Level = level;
        EscalateTo = escalateTo;
    }

    /// <summary>Gets the overdue promise.</summary>
    public CallbackPromise Promise { get; }

    /// <summary>Gets how long past due it is.</summary>
    public Duration OverdueBy { get; }

    /// <summary>Gets the escalation level: 0 when no step applies yet (the owner alone), else the 1-based number of the last step reached.</summary>
    public int Level { get; }

    /// <summary>Gets who must be told: the owner at level 0, else the step's recipient.</summary>
    public string EscalateTo { get; }

    /// <summary>Returns the explanation, for example <c>promise p-1 (passed to a specialist) is overdue by 5:00:00, 1 attempts: escalated to team-lead (level 1)</c>.</summary>
    /// <returns>The explanation.</returns>
    public override string ToString() =>
        $"promise {Promise.Id} ({Promise.Reason}) is overdue by {OverdueBy.ToString("H:mm", System.Globalization.CultureInfo.InvariantCulture)}, {Promise.Attempts.Count} attempts: escalated to {EscalateTo} (level {Level})";
}
