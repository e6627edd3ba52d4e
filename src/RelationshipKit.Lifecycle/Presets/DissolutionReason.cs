namespace RelationshipKit.Lifecycle.Presets;

/// <summary>
/// Represents who ended a relationship and why: the argument of <see cref="RelationshipTrigger.Dissolve"/>. The causes
/// come from seed 002 ("the customer is dissatisfied with the service, or moves to better brands and products"; "the
/// supplier ... because the customer does not add to the volume of sales, or in cases of fraud"), plus "other" with text.
/// </summary>
/// <remarks>
/// <para>The customer's causes need <see cref="DissolutionInitiator.Customer"/> and the supplier's need
/// <see cref="DissolutionInitiator.Supplier"/>; <see cref="DissolutionCause.Other"/> needs a text and fits either side.</para>
/// <para>The <c>default</c> value is "the customer was dissatisfied". Equality compares the three members. Immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public readonly struct DissolutionReason : IEquatable<DissolutionReason>
{
    /// <summary>The longest text accepted.</summary>
    public const int MaxTextLength = 200;

    /// <summary>Initializes a new <see cref="DissolutionReason"/>.</summary>
    /// <param name="initiator">Who ended the relationship.</param>
    /// <param name="cause">Why.</param>
    /// <param name="text">A description; required for <see cref="DissolutionCause.Other"/>, optional otherwise.</param>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="initiator"/> or <paramref name="cause"/> is not defined, or the cause belongs to the other side.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="text"/> is missing for <see cref="DissolutionCause.Other"/> or longer than 200 characters.</exception>
    public DissolutionReason(DissolutionInitiator initiator, DissolutionCause cause, string? text = null)
    {
        if (!Enum.IsDefined(initiator))
        {
            throw new ArgumentOutOfRangeException(nameof(initiator), initiator, $"initiator must be a defined DissolutionInitiator value; was {initiator}.");
        }

        if (!Enum.IsDefined(cause))
        {
            throw new ArgumentOutOfRangeException(nameof(cause), cause, $"cause must be a defined DissolutionCause value; was {cause}.");
        }

        var side = cause switch
        {
            DissolutionCause.Dissatisfied or DissolutionCause.MovedToBetterBrandOrProduct => DissolutionInitiator.Customer,
            DissolutionCause.NoGrowthInVolume or DissolutionCause.Fraud => DissolutionInitiator.Supplier,
            _ => initiator,
        };
        if (side != initiator)
        {
            throw new ArgumentOutOfRangeException(nameof(cause), cause, $"cause must be one the {initiator.ToString().ToLowerInvariant()} gives; {cause} is given by the {side.ToString().ToLowerInvariant()}.");
        }

        if (cause == DissolutionCause.Other && string.IsNullOrWhiteSpace(text))
        {
            throw new ArgumentException($"text must describe the cause when cause is Other; was {(text is null ? "null" : "\"" + text + "\"")}.", nameof(text));
        }

        if (text is not null && text.Length > MaxTextLength)
        {
            throw new ArgumentException($"text must be at most {MaxTextLength} characters; was {text.Length} characters.", nameof(text));
        }

        Initiator = initiator;
        Cause = cause;
        Text = text;
    }

    /// <summary>Gets who ended the relationship.</summary>
    public DissolutionInitiator Initiator { get; }

    /// <summary>Gets why.</summary>
    public DissolutionCause Cause { get; }

    /// <summary>Gets the description, or null.</summary>
    public string? Text { get; }

    /// <summary>Determines whether two reasons are equal.</summary>
    /// <param name="left">The first reason.</param>
    /// <param name="right">The second reason.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(DissolutionReason left, DissolutionReason right) => left.Equals(right);

    /// <summary>Determines whether two reasons differ.</summary>
    /// <param name="left">The first reason.</param>
    /// <param name="right">The second reason.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(DissolutionReason left, DissolutionReason right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(DissolutionReason other) => Initiator == other.Initiator && Cause == other.Cause && string.Equals(Text, other.Text, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DissolutionReason other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Initiator, Cause, Text);

    /// <summary>Returns the text kept in the history: initiator, cause and text.</summary>
    /// <returns>For example <c>"customer: Dissatisfied"</c> or <c>"supplier: Other (payment terms)"</c>.</returns>
    public override string ToString() =>
        $"{Initiator.ToString().ToLowerInvariant()}: {Cause}{(Text is null ? string.Empty : " (" + Text + ")")}";
}
