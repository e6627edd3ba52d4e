using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Represents what the company remembers of its dialogue with one customer: the latest answer to every question,
/// whatever channel it came from, so that no question answered once is asked again on any channel.
/// </summary>
/// <remarks>
/// <para>Peppers &amp; Rogers (seed 003): the company "must never ask a customer the same question twice", and the
/// more it remembers, the fewer reasons the customer has to defect. The latest fact per question wins (by
/// <see cref="Fact.LearnedAt"/>, then by interaction id); an expired answer (<see cref="Fact.ValidUntil"/>) may be
/// asked again.</para>
/// <para>This type is immutable and thread-safe; <see cref="Learn"/> returns a new memory.</para>
/// </remarks>
[Immutable]
public sealed class DialogueMemory
{
    private readonly Dictionary<string, Fact> _latest;

    private DialogueMemory(Dictionary<string, Fact> latest) => _latest = latest;

    /// <summary>Gets the empty memory.</summary>
    public static DialogueMemory Empty { get; } = new(new Dictionary<string, Fact>(StringComparer.Ordinal));

    /// <summary>Gets how many questions have an answer (valid or expired).</summary>
    public int Count => _latest.Count;

    /// <summary>Gets the latest fact of every answered question, in ordinal order of the question.</summary>
    public IReadOnlyList<Fact> Facts => [.. _latest.Values.OrderBy(f => f.Question, StringComparer.Ordinal)];

    /// <summary>Builds the memory from recorded interactions, in any order.</summary>
    /// <param name="interactions">The customer's interactions.</param>
    /// <returns>The memory.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="interactions"/> is null.</exception>
    public static DialogueMemory FromInteractions(IEnumerable<Interaction> interactions)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        var memory = Empty;
        foreach (var interaction in interactions)
        {
            ArgumentNullException.ThrowIfNull(interaction, nameof(interactions));
            foreach (var fact in interaction.Learned)
            {
                memory = memory.Learn(fact);
            }
        }

        return memory;
    }

    /// <summary>Returns a memory that also holds <paramref name="fact"/>, unless a later answer to its question is already held.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>The new memory (this one when the fact is older than the one held).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="fact"/> is null.</exception>
    public DialogueMemory Learn(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (_latest.TryGetValue(fact.Question, out var held) && !IsLater(fact, held))
        {
            return this;
        }

        var copy = new Dictionary<string, Fact>(_latest, StringComparer.Ordinal) { [fact.Question] = fact };
        return new DialogueMemory(copy);
    }

    /// <summary>Recalls what is known about <paramref name="question"/> at <paramref name="at"/>: do we know it, since when, from which channel, is it still valid.</summary>
    /// <param name="question">The kebab-case question key.</param>
    /// <param name="at">The instant of the recall.</param>
    /// <returns>The recall.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="question"/> is not a kebab-case key.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="question"/> is null.</exception>
    public FactRecall Recall(string question, Instant at)
    {
        KebabCase.Require(question, Fact.MaxQuestionLength, nameof(question));
        if (_latest.TryGetValue(question, out var fact) && fact.LearnedAt <= at)
        {
            return new FactRecall(question, fact, fact.IsValidAt(at));
        }

        return new FactRecall(question, null, false);
    }

    /// <summary>Counts the questions whose answer is valid at <paramref name="at"/>: how much is remembered about the customer.</summary>
    /// <param name="at">The instant.</param>
    /// <returns>The number of valid answers.</returns>
    public int CountValid(Instant at) => _latest.Values.Count(f => f.IsValidAt(at));

    /// <summary>Returns the number of answered questions.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Count} questions answered";

    private static bool IsLater(Fact candidate, Fact held) =>
        candidate.LearnedAt > held.LearnedAt
        || (candidate.LearnedAt == held.LearnedAt && string.CompareOrdinal(candidate.InteractionId, held.InteractionId) > 0);
}
