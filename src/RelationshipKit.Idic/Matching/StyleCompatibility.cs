using System.Globalization;

namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Represents how well a customer's communication style goes with a consultant's: a score in [0, 1] per pair of
/// styles.
/// </summary>
/// <remarks>
/// <para>Seed 001: "łączenie klientów z konsultantami infolinii w oparciu o zgodność typów osobowości i stylu
/// komunikacji obu tych osób" (connecting customers with hotline consultants on the basis of the agreement of both
/// persons' personality types and communication styles). <see cref="SameStyle"/> reads that literally: 1 for the same
/// style, 0 otherwise. <see cref="SocialStyles"/> grades the four social styles of Merrill &amp; Reid (1981): the same
/// style 1, a style that shares one of the two axes (assertiveness, responsiveness) 0.5, the diagonal opposite 0.
/// Create another table for another typology; a pair not listed scores 0, and a pair is symmetric.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class StyleCompatibility
{
    private readonly Dictionary<(CommunicationStyle, CommunicationStyle), double> _pairs;

    /// <summary>Initializes a new <see cref="StyleCompatibility"/>.</summary>
    /// <param name="name">A kebab-case name for explanations, for example <c>same-style</c>.</param>
    /// <param name="pairs">Scores of pairs of different styles (symmetric: a pair gives both orders); the same style always scores 1.</param>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is not kebab-case, a style is the default, a pair is listed twice, or a pair names one style twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when a score is NaN or outside [0, 1].</exception>
    public StyleCompatibility(string name, IEnumerable<(CommunicationStyle Customer, CommunicationStyle Consultant, double Score)> pairs)
    {
        Name = KebabCase.Require(name, 48, nameof(name));
        ArgumentNullException.ThrowIfNull(pairs);
        _pairs = [];
        foreach (var (a, b, score) in pairs)
        {
            if (a.Name.Length == 0 || b.Name.Length == 0)
            {
                throw new ArgumentException("pairs must name real styles; a pair holds the default (unset) style.", nameof(pairs));
            }

            if (a == b)
            {
                throw new ArgumentException($"pairs must name two different styles (the same style always scores 1); was {a} twice.", nameof(pairs));
            }

            if (!(score >= 0 && score <= 1))
            {
                throw Guard.OutOfRange(nameof(pairs), score, $"hold scores in [0, 1]; the score of {a} and {b} is out of range");
            }

            if (!_pairs.TryAdd((a, b), score) || !_pairs.TryAdd((b, a), score))
            {
                throw new ArgumentException($"pairs must list each pair once; {a} and {b} appear twice.", nameof(pairs));
            }
        }
    }

    /// <summary>Gets the literal reading of seed 001: the same style scores 1, any other 0.</summary>
    public static StyleCompatibility SameStyle { get; } = new("same-style", []);

    /// <summary>Gets Merrill &amp; Reid's four social styles: same 1, one shared axis 0.5, opposite 0.</summary>
    public static StyleCompatibility SocialStyles { get; } = new("social-styles",
    [
        (CommunicationStyle.Driver, CommunicationStyle.Expressive, 0.5),   // both assertive
        (CommunicationStyle.Driver, CommunicationStyle.Analytical, 0.5),   // both task-oriented
        (CommunicationStyle.Amiable, CommunicationStyle.Expressive, 0.5),  // both people-oriented
        (CommunicationStyle.Amiable, CommunicationStyle.Analytical, 0.5),  // both less assertive
        (CommunicationStyle.Driver, CommunicationStyle.Amiable, 0.0),
        (CommunicationStyle.Expressive, CommunicationStyle.Analytical, 0.0),
    ]);

    /// <summary>Gets the name used in explanations.</summary>
    public string Name { get; }

    /// <summary>Scores a pair of styles.</summary>
    /// <param name="customer">The customer's style.</param>
    /// <param name="consultant">The consultant's style.</param>
    /// <returns>1 for the same style, the listed score for a listed pair, else 0.</returns>
    public double Score(CommunicationStyle customer, CommunicationStyle consultant) =>
        customer == consultant ? 1.0 : _pairs.GetValueOrDefault((customer, consultant));

    /// <summary>Returns the name and the number of pairs.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({_pairs.Count / 2} pairs)");
}
