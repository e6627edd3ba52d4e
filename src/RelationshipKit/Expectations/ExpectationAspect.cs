using System.Globalization;
using RelationshipKit.Bonds;
using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Expectations;

/// <summary>
/// Represents one aspect on which the expected and the offered relationship were compared: the relationship type or
/// one bond dimension, with both sides, the distance in [0, 1] and whether it counts as a mismatch.
/// </summary>
/// <remarks>
/// <para>Created by <see cref="ExpectationComparison.Compare"/>; the distances are defined there.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ExpectationAspect
{
    private ExpectationAspect(ExpectationAspectKind kind, BondDimension? dimension, RelationshipType? expectedType, RelationshipType? offeredType, double? expectedScore, double? offeredScore, double distance, string description)
    {
        Kind = kind;
        Dimension = dimension;
        ExpectedType = expectedType;
        OfferedType = offeredType;
        ExpectedScore = expectedScore;
        OfferedScore = offeredScore;
        Distance = distance;
        Description = description;
    }

    /// <summary>Gets what was compared.</summary>
    public ExpectationAspectKind Kind { get; }

    /// <summary>Gets the bond dimension compared, or <see langword="null"/> for the relationship type.</summary>
    public BondDimension? Dimension { get; }

    /// <summary>Gets the type the customer expects, or <see langword="null"/> for a bond dimension.</summary>
    public RelationshipType? ExpectedType { get; }

    /// <summary>Gets the type the company offers, or <see langword="null"/> for a bond dimension.</summary>
    public RelationshipType? OfferedType { get; }

    /// <summary>Gets the score the customer expects on <see cref="Dimension"/>, or <see langword="null"/> for the type.</summary>
    public double? ExpectedScore { get; }

    /// <summary>Gets the score the company offers on <see cref="Dimension"/>, or <see langword="null"/> for the type.</summary>
    public double? OfferedScore { get; }

    /// <summary>Gets the distance between the two sides, in [0, 1]: 0 identical, 1 opposite.</summary>
    public double Distance { get; }

    /// <summary>Gets a value indicating whether the distance exceeds <see cref="ExpectationComparison.MismatchThreshold"/>.</summary>
    public bool IsMismatch => Distance > ExpectationComparison.MismatchThreshold;

    /// <summary>Gets the comparison as a sentence naming both sides.</summary>
    public string Description { get; }

    /// <summary>Returns <see cref="Description"/>.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Description;

    internal static ExpectationAspect ForDimension(BondDimension dimension, double expected, double offered)
    {
        var info = BondDimensions.Get(dimension);
        var distance = Math.Abs(expected - offered) / 2;
        var description = string.Create(
            CultureInfo.InvariantCulture,
            $"{info.Name}: the customer expects {Leaning(info, expected)} ({expected:0.00}), the company offers {Leaning(info, offered)} ({offered:0.00}); distance {distance:0.00}");
        return new ExpectationAspect(ExpectationAspectKind.BondDimension, dimension, null, null, expected, offered, distance, description);
    }

    internal static ExpectationAspect ForType(RelationshipType expected, RelationshipType offered)
    {
        var e = RelationshipTypeInfo.For(expected);
        var o = RelationshipTypeInfo.For(offered);
        var differences = new List<string>();
        var sum = 0.0;
        sum += Step(e.HumanContact, o.HumanContact, 2, "human contact", differences, c => c switch
        {
            HumanContact.None => "none",
            HumanContact.OnRequest => "on request",
            _ => "a named contact",
        });
        sum += Step(e.HumanInvolvement, o.HumanInvolvement, 4, "human involvement", differences, Level);
        sum += Step(e.Personalisation, o.Personalisation, 4, "personalisation", differences, Level);
        sum += Flag(e.OngoingRelationship, o.OngoingRelationship, "an ongoing relationship", differences);
        sum += Flag(e.PeerCommunity, o.PeerCommunity, "a peer community", differences);
        sum += Flag(e.CoCreation, o.CoCreation, "co-creation", differences);
        var distance = sum / TypeAttributes;
        var description = expected == offered
            ? $"relationship type: both {e.Name}; distance 0.00"
            : string.Create(
                CultureInfo.InvariantCulture,
                $"relationship type: the customer expects {e.Name}, the company offers {o.Name} ({string.Join("; ", differences)}); distance {distance:0.00}");
        return new ExpectationAspect(ExpectationAspectKind.RelationshipType, null, expected, offered, null, null, distance, description);
    }

    /// <summary>The number of relationship-type attributes compared (contact, involvement, personalisation, ongoing, community, co-creation).</summary>
    internal const int TypeAttributes = 6;

    private static string Leaning(BondDimensionInfo info, double score) =>
        score == 0 ? "neutral" : score < 0 ? info.NegativePole : info.PositivePole;

    private static double Step<T>(T expected, T offered, int levels, string name, List<string> differences, Func<T, string> text)
        where T : struct, Enum
    {
        var e = Convert.ToInt32(expected, CultureInfo.InvariantCulture);
        var o = Convert.ToInt32(offered, CultureInfo.InvariantCulture);
        if (e != o)
        {
            differences.Add($"{name}: {text(expected)} expected, {text(offered)} offered");
        }

        return Math.Abs(e - o) / (double)levels;
    }

    private static double Flag(bool expected, bool offered, string name, List<string> differences)
    {
        if (expected == offered)
        {
            return 0;
        }

        differences.Add(expected ? $"{name} expected, none offered" : $"{name} offered, not expected");
        return 1;
    }

    private static string Level(AttributeLevel level) => level switch
    {
        AttributeLevel.None => "none",
        AttributeLevel.Low => "low",
        AttributeLevel.Medium => "medium",
        AttributeLevel.High => "high",
        _ => "very high",
    };
}
