using System.Collections.Immutable;
using NodaTime;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <content>Questions about a state: which triggers may fire.</content>
public sealed partial class LifecycleDefinition<TStage, TTrigger>
{
    /// <summary>Lists the triggers that may fire from the relationship's stage at <paramref name="at"/>, each with its transitions and
    /// guard descriptions. A trigger is listed when one of its guards holds, or reads the trigger's argument and so cannot be judged here.</summary>
    /// <param name="state">The relationship's state.</param>
    /// <param name="at">The instant the guards are judged at.</param>
    /// <returns>The permitted triggers, in the trigger enum's order; empty for a terminal stage or a state of another definition.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="state"/> is the default value.</exception>
    public ImmutableArray<PermittedTrigger<TStage, TTrigger>> PermittedTriggers(in RelationshipState<TStage> state, Instant at)
    {
        if (state.IsDefault)
        {
            throw new ArgumentException("state must be a started relationship; was the default value.", nameof(state));
        }

        var current = state;
        if (!string.Equals(state.DefinitionName, _name, StringComparison.Ordinal))
        {
            return [];
        }

        if (state.DefinitionVersion != _version)
        {
            if (!TryMigrate(state.DefinitionVersion, EnumTable<TStage>.NameOf(state.Stage), out var migrated, out _))
            {
                return [];
            }

            current = state.Migrated(_version, migrated);
        }

        var s = EnumTable<TStage>.IndexOf(current.Stage);
        if (s < 0 || _stages[s] is null)
        {
            return [];
        }

        var arguments = new GuardArguments<TStage>(current, at);
        var permitted = ImmutableArray.CreateBuilder<PermittedTrigger<TStage, TTrigger>>();
        for (var t = 0; t < _triggerCount; t++)
        {
            var behaviour = _table[(s * _triggerCount) + t];
            if (behaviour is null || behaviour.Blocked)
            {
                continue;
            }

            var options = behaviour.Rules.Select(rule => new TransitionOption<TStage>(
                rule.Destination,
                rule.EntryKind,
                rule.Description,
                rule.Shape switch
                {
                    GuardShape.None => true,
                    GuardShape.Plain => ((Func<GuardArguments<TStage>, bool>)rule.Guard!)(arguments),
                    _ => null,
                })).ToImmutableArray();
            if (options.Any(o => o.GuardMet != false))
            {
                permitted.Add(new PermittedTrigger<TStage, TTrigger>(EnumTable<TTrigger>.Values[t], _argumentTypes[t], options));
            }
        }

        return permitted.ToImmutable();
    }
}
