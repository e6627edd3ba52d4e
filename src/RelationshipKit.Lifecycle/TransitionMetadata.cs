using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents who moved a relationship, why, and what drove the change: the audit part of a history entry.
/// </summary>
/// <remarks>
/// <para><see cref="Actor"/> and <see cref="Reason"/> are personal data: a store erases them on request
/// (<c>ErasePersonalDataAsync</c>) and keeps the transitions, whose hash chain stays verifiable.</para>
/// <para>The <c>default</c> value records nothing: no actor, no reason, <see cref="ChangeDriver.Unspecified"/>.</para>
/// <para>Equality compares the three members (ordinal text). This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct TransitionMetadata : IEquatable<TransitionMetadata>
{
    /// <summary>The longest actor accepted, in UTF-16 code units.</summary>
    public const int MaxActorLength = 200;

    /// <summary>The longest reason accepted, in UTF-16 code units.</summary>
    public const int MaxReasonLength = 2000;

    /// <summary>Initializes a new <see cref="TransitionMetadata"/>.</summary>
    /// <param name="actor">Who moved the relationship (a user name, a system, a service account), or null.</param>
    /// <param name="reason">Why, in words, or null.</param>
    /// <param name="driver">What drove the change.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="actor"/> is longer than <see cref="MaxActorLength"/> or <paramref name="reason"/> longer than <see cref="MaxReasonLength"/> characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="driver"/> is not a defined <see cref="ChangeDriver"/>.</exception>
    public TransitionMetadata(string? actor = null, string? reason = null, ChangeDriver driver = ChangeDriver.Unspecified)
    {
        Actor = Text.MaxLength(actor, MaxActorLength, nameof(actor));
        Reason = Text.MaxLength(reason, MaxReasonLength, nameof(reason));
        if (!Enum.IsDefined(driver))
        {
            throw new ArgumentOutOfRangeException(nameof(driver), driver, $"driver must be a defined ChangeDriver value; was {Text.Format(driver)}.");
        }

        Driver = driver;
    }

    /// <summary>Initializes a <see cref="TransitionMetadata"/> from values already checked (a stored entry's).</summary>
    internal TransitionMetadata(string? actor, string? reason, ChangeDriver driver, bool trusted)
    {
        _ = trusted;
        Actor = actor;
        Reason = reason;
        Driver = driver;
    }

    /// <summary>Gets who moved the relationship; null when not recorded or erased.</summary>
    public string? Actor { get; }

    /// <summary>Gets why, in words; null when not recorded or erased.</summary>
    public string? Reason { get; }

    /// <summary>Gets what drove the change.</summary>
    public ChangeDriver Driver { get; }

    /// <summary>Determines whether two values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(TransitionMetadata left, TransitionMetadata right) => left.Equals(right);

    /// <summary>Determines whether two values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(TransitionMetadata left, TransitionMetadata right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(TransitionMetadata other) =>
        string.Equals(Actor, other.Actor, StringComparison.Ordinal) && string.Equals(Reason, other.Reason, StringComparison.Ordinal) && Driver == other.Driver;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is TransitionMetadata other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Actor, Reason, Driver);
}
