using System.Globalization;
using RelationshipKit.Benefits;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Represents one condition of a <see cref="TreatmentRule"/>: a test on <see cref="TreatmentFacts"/> that says why it
/// holds or why not.
/// </summary>
/// <remarks>
/// Create conditions with the static methods; <see cref="Custom"/> takes the application's own test with its
/// description. Equality is reference equality. This type is immutable and thread-safe.
/// </remarks>
[Immutable]
public sealed class TreatmentCondition
{
    private readonly Func<TreatmentFacts, (bool Holds, string Why)> _test;

    private TreatmentCondition(string description, Func<TreatmentFacts, (bool, string)> test)
    {
        Description = description;
        _test = test;
    }

    /// <summary>Gets what the condition asks, for example <c>tier is MostValuable</c>.</summary>
    public string Description { get; }

    /// <summary>Gets a condition that always holds.</summary>
    public static TreatmentCondition Always { get; } = new("always", _ => (true, "always"));

    /// <summary>Holds when the customer's tier is one of <paramref name="tiers"/>.</summary>
    /// <param name="tiers">The tiers; at least one.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="tiers"/> is empty or holds an undefined value.</exception>
    public static TreatmentCondition TierIs(params ValueTier[] tiers)
    {
        var set = Values(tiers, nameof(tiers));
        var text = string.Join(" or ", set);
        return new($"tier is {text}", f => f.Tier is not { } t ? (false, "tier unknown")
            : set.Contains(t) ? (true, $"tier is {t}") : (false, $"tier is {t}, not {text}"));
    }

    /// <summary>Holds when the customer's needs segment is one of <paramref name="segments"/>.</summary>
    /// <param name="segments">The benefit categories; at least one.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="segments"/> is empty or holds an undefined value.</exception>
    public static TreatmentCondition SegmentIs(params BenefitCategory[] segments)
    {
        var set = Values(segments, nameof(segments));
        var text = string.Join(" or ", set);
        return new($"needs segment is {text}", f => f.Segment is not { } s ? (false, "needs segment unknown")
            : set.Contains(s) ? (true, $"needs segment is {s}") : (false, $"needs segment is {s}, not {text}"));
    }

    /// <summary>Holds when the customer's lifecycle stage is one of <paramref name="stages"/>.</summary>
    /// <param name="stages">Kebab-case stage names; at least one.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="stages"/> is empty or a name is not kebab-case.</exception>
    public static TreatmentCondition StageIs(params string[] stages)
    {
        ArgumentNullException.ThrowIfNull(stages);
        var set = stages.Select(s => KebabCase.Require(s, TreatmentFacts.MaxLifecycleStageLength, nameof(stages))).Distinct(StringComparer.Ordinal).ToArray();
        if (set.Length == 0)
        {
            throw new ArgumentException("stages must name at least one stage.", nameof(stages));
        }

        var text = string.Join(" or ", set);
        return new($"lifecycle stage is {text}", f => f.LifecycleStage is not { } s ? (false, "lifecycle stage unknown")
            : set.Contains(s, StringComparer.Ordinal) ? (true, $"lifecycle stage is {s}") : (false, $"lifecycle stage is {s}, not {text}"));
    }

    /// <summary>Holds when the customer's satisfaction trend is known and falls by more than <paramref name="pointsPer90Days"/> scale points per 90 days.</summary>
    /// <param name="pointsPer90Days">The fall that matters, 0 or more.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="pointsPer90Days"/> is negative or not finite.</exception>
    public static TreatmentCondition SatisfactionFalling(double pointsPer90Days = 0)
    {
        if (!double.IsFinite(pointsPer90Days) || pointsPer90Days < 0)
        {
            throw Guard.OutOfRange(nameof(pointsPer90Days), pointsPer90Days, "be finite and 0 or more");
        }

        var limit = pointsPer90Days.ToString("0.##", CultureInfo.InvariantCulture);
        return new($"satisfaction falls by more than {limit} per 90 days", f =>
        {
            if (f.SatisfactionTrend is not { SlopePer90Days: { } slope })
            {
                return (false, "satisfaction trend unknown");
            }

            var text = slope.ToString("+0.##;-0.##;0", CultureInfo.InvariantCulture);
            return slope < -pointsPer90Days
                ? (true, $"satisfaction trend {text} per 90 days")
                : (false, $"satisfaction trend {text} per 90 days, not falling by more than {limit}");
        });
    }

    /// <summary>Holds when the customer consented to marketing.</summary>
    /// <returns>The condition.</returns>
    public static TreatmentCondition MarketingConsent() => new("consent to marketing", f => f.MarketingConsent switch
    {
        true => (true, "consent to marketing granted"),
        false => (false, "no consent to marketing"),
        null => (false, "consent to marketing not checked"),
    });

    /// <summary>Holds when the contact policy allows contacting the customer now.</summary>
    /// <returns>The condition.</returns>
    public static TreatmentCondition ContactAllowedNow() => new("contact allowed now", f => f.ContactAllowedNow switch
    {
        true => (true, "contact allowed now"),
        false => (false, "the contact policy does not allow contact now"),
        null => (false, "contact policy not checked"),
    });

    /// <summary>Holds when <paramref name="test"/> returns <see langword="true"/>.</summary>
    /// <param name="description">What the condition asks, used in explanations.</param>
    /// <param name="test">The test; must be thread-safe and free of side effects.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="description"/> is blank.</exception>
    public static TreatmentCondition Custom(string description, Func<TreatmentFacts, bool> test)
    {
        var text = Guard.NotBlank(description);
        ArgumentNullException.ThrowIfNull(test);
        return new(text, f => test(f) ? (true, text) : (false, "not " + text));
    }

    /// <summary>Tests the condition.</summary>
    /// <param name="facts">The customer's facts.</param>
    /// <returns>Whether it holds, and why (or why not).</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="facts"/> is null.</exception>
    public (bool Holds, string Why) Test(TreatmentFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return _test(facts);
    }

    /// <summary>Returns the description.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Description;

    private static HashSet<T> Values<T>(T[] values, string paramName)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Length == 0)
        {
            throw new ArgumentException($"{paramName} must name at least one value.", paramName);
        }

        foreach (var v in values)
        {
            Guard.Defined(v, paramName);
        }

        return [.. values];
    }
}
