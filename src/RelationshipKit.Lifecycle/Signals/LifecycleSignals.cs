using System.Collections.Immutable;
using NodaTime;

namespace RelationshipKit.Lifecycle.Signals;

/// <summary>Represents a set of signal rules over one definition: evaluating them for a relationship returns the triggers they suggest, each with its rule's description.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>Built by <see cref="LifecycleSignalsBuilder{TStage, TTrigger}"/>. Nothing is fired: applying a suggestion is the caller's decision. Immutable and thread-safe.</remarks>
[Immutable]
public sealed class LifecycleSignals<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal LifecycleSignals(LifecycleDefinition<TStage, TTrigger> definition, ImmutableArray<SignalRule<TStage, TTrigger>> rules)
    {
        Definition = definition;
        Rules = rules;
    }

    /// <summary>Gets the definition the suggestions are checked against.</summary>
    public LifecycleDefinition<TStage, TTrigger> Definition { get; }

    /// <summary>Gets the rules, in the order they were added.</summary>
    public ImmutableArray<SignalRule<TStage, TTrigger>> Rules { get; }

    /// <summary>Evaluates every rule for one relationship.</summary>
    /// <param name="state">The relationship's state.</param>
    /// <param name="observations">What is known about it now.</param>
    /// <param name="at">The instant of the evaluation.</param>
    /// <returns>The suggestions of the rules that hold, in rule order (a trigger suggested by two rules appears twice, with each description).</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="state"/> is the default value.</exception>
    public ImmutableArray<SignalSuggestion<TTrigger>> Evaluate(in RelationshipState<TStage> state, RelationshipObservations observations, Instant at)
    {
        if (state.IsDefault)
        {
            throw new ArgumentException("state must be a started relationship; was the default value.", nameof(state));
        }

        var arguments = new SignalArguments<TStage>(state, observations, at);
        var permitted = Definition.PermittedTriggers(state, at).Select(p => p.Trigger).ToHashSet();
        var suggestions = ImmutableArray.CreateBuilder<SignalSuggestion<TTrigger>>();
        foreach (var rule in Rules)
        {
            if (rule.Holds(arguments))
            {
                suggestions.Add(new SignalSuggestion<TTrigger>(rule.Name, rule.Description, rule.Trigger, permitted.Contains(rule.Trigger)));
            }
        }

        return suggestions.ToImmutable();
    }
}
