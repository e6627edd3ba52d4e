using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents one thing the company learned about a customer in an interaction: the answer to a question, when and
/// where it was learned, and how long it stays true.
/// </summary>
/// <remarks>
/// <para>The question is a kebab-case key that every channel uses for the same question
/// (<c>preferred-contact-hours</c>, <c>household-size</c>), so an answer given on the phone is not asked again on
/// the web. The answer is personal data: this package never logs it.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class Fact
{
    /// <summary>The longest question key accepted, in characters.</summary>
    public const int MaxQuestionLength = 64;

    /// <summary>Initializes a new <see cref="Fact"/>.</summary>
    /// <param name="question">The kebab-case question key.</param>
    /// <param name="answer">The answer as learned; not empty.</param>
    /// <param name="learnedAt">When it was learned.</param>
    /// <param name="channel">On which channel.</param>
    /// <param name="interactionId">The id of the interaction that learned it.</param>
    /// <param name="validUntil">When the answer stops being trusted (an address after a move, a budget after a year); <see langword="null"/> for never.</param>
    /// <exception cref="ArgumentException">Thrown when an argument breaks its rule; <paramref name="validUntil"/> must be after <paramref name="learnedAt"/>.</exception>
    /// <exception cref="ArgumentNullException">Thrown when a string argument is null.</exception>
    public Fact(string question, string answer, Instant learnedAt, Channel channel, string interactionId, Instant? validUntil = null)
    {
        Question = KebabCase.Require(question, MaxQuestionLength, nameof(question));
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Length == 0)
        {
            throw new ArgumentException("answer must not be empty.", nameof(answer));
        }

        Answer = answer;
        LearnedAt = learnedAt;
        Channel = Channel.Required(channel, nameof(channel));
        InteractionId = Guard.NotBlank(interactionId);
        if (validUntil is { } until && until <= learnedAt)
        {
            throw Guard.OutOfRange(nameof(validUntil), until, $"be after learnedAt ({learnedAt})");
        }

        ValidUntil = validUntil;
    }

    /// <summary>Gets the kebab-case question key.</summary>
    public string Question { get; }

    /// <summary>Gets the answer (personal data: never logged).</summary>
    public string Answer { get; }

    /// <summary>Gets when the answer was learned.</summary>
    public Instant LearnedAt { get; }

    /// <summary>Gets the channel on which it was learned.</summary>
    public Channel Channel { get; }

    /// <summary>Gets the id of the interaction that learned it.</summary>
    public string InteractionId { get; }

    /// <summary>Gets when the answer stops being trusted; <see langword="null"/> for never.</summary>
    public Instant? ValidUntil { get; }

    /// <summary>Gets a value indicating whether the answer is still trusted at <paramref name="at"/>.</summary>
    /// <param name="at">The instant.</param>
    /// <returns><see langword="true"/> when learned by <paramref name="at"/> and not yet expired.</returns>
    public bool IsValidAt(Instant at) => LearnedAt <= at && (ValidUntil is not { } until || at < until);

    /// <summary>Returns the question, the channel and the instant (not the answer).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Question} (learned on {Channel} at {LearnedAt})";
}
