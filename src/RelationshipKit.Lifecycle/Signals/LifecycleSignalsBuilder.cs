using System.Globalization;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle.Signals;

/// <summary>Represents a builder of <see cref="LifecycleSignals{TStage, TTrigger}"/>: the rules that suggest triggers from observations.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>The ready-made rules follow the sources: a low P(alive) or a falling satisfaction trend suggests "at risk", a complaint suggests "conflict".
/// Single use and not thread-safe; the signals it builds are immutable.</remarks>
[Mutable]
public sealed class LifecycleSignalsBuilder<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly List<SignalRule<TStage, TTrigger>> _rules = [];
    private bool _built;

    /// <summary>Adds an "at risk" rule: P(alive) below <paramref name="threshold"/> suggests <paramref name="trigger"/>.</summary>
    /// <param name="threshold">The threshold, in (0, 1).</param>
    /// <param name="trigger">The trigger to suggest.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="threshold"/> is not in (0, 1).</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public LifecycleSignalsBuilder<TStage, TTrigger> WhenProbabilityAliveBelow(double threshold, TTrigger trigger)
    {
        if (!(threshold > 0 && threshold < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, $"threshold must be in (0, 1); was {F(threshold)}.");
        }

        return Add("at risk", $"P(alive) below {F(threshold)}", trigger, a => a.Observations.ProbabilityAlive < threshold);
    }

    /// <summary>Adds a "conflict" rule: a complaint received suggests <paramref name="trigger"/>.</summary>
    /// <param name="trigger">The trigger to suggest.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public LifecycleSignalsBuilder<TStage, TTrigger> WhenComplaintReceived(TTrigger trigger) =>
        Add("conflict", "a complaint was received", trigger, a => a.Observations.ComplaintReceived);

    /// <summary>Adds an "at risk" rule: a satisfaction trend below <paramref name="slope"/> (per 90 days) suggests <paramref name="trigger"/>.</summary>
    /// <param name="slope">The slope below which satisfaction counts as falling (negative).</param>
    /// <param name="trigger">The trigger to suggest.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="slope"/> is not a negative finite number.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public LifecycleSignalsBuilder<TStage, TTrigger> WhenSatisfactionFalling(double slope, TTrigger trigger)
    {
        if (!(double.IsFinite(slope) && slope < 0))
        {
            throw new ArgumentOutOfRangeException(nameof(slope), slope, $"slope must be a negative finite number; was {F(slope)}.");
        }

        return Add("at risk", $"satisfaction falling faster than {F(slope)} per 90 days", trigger, a => a.Observations.SatisfactionTrend < slope);
    }

    /// <summary>Adds a "weak" rule: a relationship strength below <paramref name="threshold"/> suggests <paramref name="trigger"/>.</summary>
    /// <param name="threshold">The strength below which the relationship counts as weak.</param>
    /// <param name="trigger">The trigger to suggest.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public LifecycleSignalsBuilder<TStage, TTrigger> WhenStrengthBelow(RelationshipStrength threshold, TTrigger trigger) =>
        Add("weak", $"relationship strength below {threshold}", trigger, a => a.Observations.Strength < threshold);

    /// <summary>Adds a rule of the caller's own.</summary>
    /// <param name="name">The signal's short name.</param>
    /// <param name="description">What the rule checks, in words.</param>
    /// <param name="trigger">The trigger to suggest.</param>
    /// <param name="condition">A side-effect-free condition.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> or <paramref name="description"/> is empty or too long.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public LifecycleSignalsBuilder<TStage, TTrigger> When(string name, string description, TTrigger trigger, Func<SignalArguments<TStage>, bool> condition)
    {
        Text.Required(name, 100, nameof(name));
        Text.Required(description, LifecycleLimits.MaxDescriptionLength, nameof(description));
        ArgumentNullException.ThrowIfNull(condition);
        return Add(name, description, trigger, condition);
    }

    /// <summary>Builds the signals over <paramref name="definition"/>.</summary>
    /// <param name="definition">The definition the suggestions are checked against.</param>
    /// <returns>The signals.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="definition"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built, or it has no rule.</exception>
    public LifecycleSignals<TStage, TTrigger> Build(LifecycleDefinition<TStage, TTrigger> definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        EnsureNotBuilt();
        if (_rules.Count == 0)
        {
            throw new InvalidOperationException("The signals have no rule; add one with WhenProbabilityAliveBelow, WhenComplaintReceived, WhenSatisfactionFalling or When.");
        }

        _built = true;
        return new LifecycleSignals<TStage, TTrigger>(definition, [.. _rules]);
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private LifecycleSignalsBuilder<TStage, TTrigger> Add(string name, string description, TTrigger trigger, Func<SignalArguments<TStage>, bool> condition)
    {
        EnsureNotBuilt();
        if (EnumTable<TTrigger>.IndexOf(trigger) < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(trigger), trigger, $"trigger must be a member of {typeof(TTrigger).Name}; was {trigger}.");
        }

        _rules.Add(new SignalRule<TStage, TTrigger>(name, description, trigger, condition));
        return this;
    }

    private void EnsureNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This LifecycleSignalsBuilder was already built; a builder is single use. Create a new one.");
        }
    }
}
