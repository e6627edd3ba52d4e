using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents one step of the escalation of an overdue callback promise: once a promise is overdue by
/// <see cref="After"/>, it is escalated to <see cref="EscalateTo"/>.
/// </summary>
/// <remarks>Equality compares both properties. This type is immutable and thread-safe.</remarks>
[Immutable]
public readonly struct EscalationStep : IEquatable<EscalationStep>
{
    /// <summary>Initializes a new <see cref="EscalationStep"/>.</summary>
    /// <param name="after">How long overdue a promise must be; zero or more.</param>
    /// <param name="escalateTo">Who is told: a role or a queue, for example <c>team-lead</c>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="after"/> is negative.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="escalateTo"/> is empty.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="escalateTo"/> is null.</exception>
    public EscalationStep(Duration after, string escalateTo)
    {
        if (after < Duration.Zero)
        {
            throw Guard.OutOfRange(nameof(after), after, "be zero or more");
        }

        After = after;
        EscalateTo = Guard.NotBlank(escalateTo);
    }

    /// <summary>Gets how long overdue a promise must be for this step.</summary>
    public Duration After { get; }

    /// <summary>Gets who is told.</summary>
    public string EscalateTo { get; }

    /// <summary>Determines whether two steps are equal.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(EscalationStep left, EscalationStep right) => left.Equals(right);

    /// <summary>Determines whether two steps differ.</summary>
    /// <param name="left">The first step.</param>
    /// <param name="right">The second step.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(EscalationStep left, EscalationStep right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(EscalationStep other) => After == other.After && string.Equals(EscalateTo, other.EscalateTo, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is EscalationStep other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(After, EscalateTo);

    /// <summary>Returns the step, for example <c>after 4:00:00 to team-lead</c>.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"after {After} to {EscalateTo}";
}
