using System.Collections.Immutable;
using NodaTime;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents a lifecycle: the stages a customer relationship moves through and the triggers that move it, built
/// once by a <see cref="LifecycleBuilder{TStage, TTrigger}"/> and shared by every customer.
/// </summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para>The definition holds no customer's state. Each relationship's state is a small
/// <see cref="RelationshipState{TStage}"/> kept by the caller or a store, and <see cref="Fire(in RelationshipState{TStage}, TTrigger, LifecycleEventId, Instant, TransitionMetadata)"/>
/// is a pure function from a state and an event to a <see cref="TransitionResult{TStage, TTrigger}"/>: accepted
/// (the new state, the history entry to append, the effects to run) or rejected. It never throws for a business
/// rejection and never runs an effect.</para>
/// <para>This type is immutable and thread-safe: any number of threads may fire on one definition at once.
/// Guards must be side-effect free; the definition calls them on the firing thread.</para>
/// </remarks>
[Immutable]
public sealed partial class LifecycleDefinition<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly string _name;
    private readonly int _version;
    private readonly TStage _initial;
    private readonly StageModel<TStage, TTrigger>?[] _stages;
    private readonly Behaviour<TStage, TTrigger>?[] _table;
    private readonly bool[] _isIn;
    private readonly Type?[] _argumentTypes;
    private readonly int _triggerCount;
    private readonly int _stageCount;
    private readonly ImmutableArray<LifecycleEffect<TStage, TTrigger>> _startEffects;
    private readonly ImmutableArray<StageModel<TStage, TTrigger>> _configured;
    private readonly ImmutableArray<(TStage From, RuleSpec<TStage, TTrigger> Rule)> _declaredRules;
    private readonly ImmutableArray<(TStage Stage, TTrigger Trigger, string Description)> _declaredBlocks;
    private readonly Dictionary<int, Dictionary<string, TStage>> _migrations;

    internal LifecycleDefinition(
        string name,
        int version,
        TStage initial,
        IReadOnlyList<StageSpec<TStage, TTrigger>> stages,
        IReadOnlyDictionary<TTrigger, object> typedTriggers,
        IEnumerable<StageMigrationBuilder<TStage>> migrations)
    {
        _name = name;
        _version = version;
        _initial = initial;
        _stageCount = EnumTable<TStage>.Count;
        _triggerCount = EnumTable<TTrigger>.Count;
        _stages = new StageModel<TStage, TTrigger>?[_stageCount];
        foreach (var spec in stages)
        {
            var index = EnumTable<TStage>.IndexOf(spec.Stage);
            var parent = spec.Parent is { } p ? EnumTable<TStage>.IndexOf(p) : -1;
            _stages[index] = new StageModel<TStage, TTrigger>(index, spec.Stage, parent, spec.Terminal, spec.Description, [.. spec.EntryEffects], [.. spec.ExitEffects]);
        }

        _configured = [.. stages.Select(s => _stages[EnumTable<TStage>.IndexOf(s.Stage)]!)];
        _isIn = new bool[_stageCount * _stageCount];
        foreach (var stage in _configured)
        {
            foreach (var ancestor in Chain(stage.Index))
            {
                _isIn[(stage.Index * _stageCount) + ancestor] = true;
            }
        }

        _argumentTypes = new Type?[_triggerCount];
        foreach (var (trigger, token) in typedTriggers)
        {
            _argumentTypes[EnumTable<TTrigger>.IndexOf(trigger)] = token.GetType().GetGenericArguments()[1];
        }

        _table = new Behaviour<TStage, TTrigger>?[_stageCount * _triggerCount];
        var specs = stages.ToDictionary(s => EnumTable<TStage>.IndexOf(s.Stage));
        foreach (var stage in _configured)
        {
            if (stage.Terminal)
            {
                continue;
            }

            for (var t = 0; t < _triggerCount; t++)
            {
                _table[(stage.Index * _triggerCount) + t] = Resolve(stage.Index, EnumTable<TTrigger>.Values[t], specs);
            }
        }

        _startEffects = EntriesDown(-1, EnumTable<TStage>.IndexOf(initial));
        _declaredRules = [.. stages.SelectMany(s => s.Rules.Select(r => (s.Stage, r)))];
        _declaredBlocks = [.. stages.SelectMany(s => s.Blocks.Select(b => (s.Stage, b.Trigger, b.Description)))];
        _migrations = migrations.ToDictionary(m => m.FromVersion, m => new Dictionary<string, TStage>(m.Map, StringComparer.Ordinal));
    }

    /// <summary>Gets the definition's name, stored with every state and history entry.</summary>
    public string Name => _name;

    /// <summary>Gets the definition's version.</summary>
    public int Version => _version;

    /// <summary>Gets the stage every relationship starts in.</summary>
    public TStage InitialStage => _initial;

    /// <summary>Gets the configured stages, in the order they were first configured.</summary>
    public ImmutableArray<TStage> Stages => [.. _configured.Select(s => s.Stage)];

    /// <summary>Gets the older versions whose states this definition reads through a declared migration.</summary>
    public ImmutableArray<int> MigratesFrom => [.. _migrations.Keys.Order()];

    /// <summary>Starts a relationship at the initial stage: the first history entry (<see cref="HistoryEntryKind.Started"/>, version 1, episode 1) and the initial stage's entry effects.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="eventId">The caller's event id.</param>
    /// <param name="at">When the relationship started.</param>
    /// <param name="metadata">Who started it, why, and what drove it.</param>
    /// <returns>An accepted result; store it with expected version 0.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> or <paramref name="eventId"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="at"/> is outside 1700–2250.</exception>
    public TransitionResult<TStage, TTrigger> Start(CustomerId customerId, LifecycleEventId eventId, Instant at, TransitionMetadata metadata = default) =>
        Begin(customerId, _initial, HistoryEntryKind.Started, _startEffects, eventId, at, metadata);

    /// <summary>Brings an existing relationship in at <paramref name="stage"/> (a customer imported from another system): the first history entry is <see cref="HistoryEntryKind.Imported"/>.</summary>
    /// <param name="customerId">The customer.</param>
    /// <param name="stage">A configured stage.</param>
    /// <param name="eventId">The caller's event id.</param>
    /// <param name="at">When the relationship entered <paramref name="stage"/>.</param>
    /// <param name="metadata">Who imported it, why, and what drove it.</param>
    /// <returns>An accepted result; store it with expected version 0. No effect is listed: an imported relationship is already in its stage.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="customerId"/> or <paramref name="eventId"/> is the default value, or <paramref name="stage"/> is not configured.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="at"/> is outside 1700–2250.</exception>
    public TransitionResult<TStage, TTrigger> Import(CustomerId customerId, TStage stage, LifecycleEventId eventId, Instant at, TransitionMetadata metadata = default)
    {
        if (Model(stage) is null)
        {
            throw new ArgumentException($"stage must be a stage configured in \"{_name}\"; was {EnumTable<TStage>.NameOf(stage)}.", nameof(stage));
        }

        return Begin(customerId, stage, HistoryEntryKind.Imported, [], eventId, at, metadata);
    }

    /// <summary>Returns a value indicating whether the relationship is in <paramref name="stage"/>: its stage, or a parent of its substage (a relationship in conflict during expansion is in expansion).</summary>
    /// <param name="state">The state.</param>
    /// <param name="stage">The stage asked about.</param>
    /// <returns><see langword="true"/> when the state's stage is <paramref name="stage"/> or one of its substages.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="state"/> is the default value.</exception>
    public bool IsIn(in RelationshipState<TStage> state, TStage stage)
    {
        if (state.IsDefault)
        {
            throw new ArgumentException("state must be a started relationship; was the default value.", nameof(state));
        }

        return IsWithin(state.Stage, stage);
    }

    /// <summary>Returns a value indicating whether <paramref name="stage"/> is <paramref name="ancestor"/> or one of its substages (at any depth).</summary>
    /// <param name="stage">The stage asked about.</param>
    /// <param name="ancestor">The enclosing stage.</param>
    /// <returns><see langword="true"/> when both are configured and <paramref name="stage"/> is <paramref name="ancestor"/> or lies inside it.</returns>
    public bool IsWithin(TStage stage, TStage ancestor)
    {
        var s = EnumTable<TStage>.IndexOf(stage);
        var a = EnumTable<TStage>.IndexOf(ancestor);
        return s >= 0 && a >= 0 && _isIn[(s * _stageCount) + a];
    }

    /// <summary>Returns the parent of a substage.</summary>
    /// <param name="stage">A configured stage.</param>
    /// <returns>The parent stage, or null for a top-level stage.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="stage"/> is not configured.</exception>
    public TStage? ParentOf(TStage stage)
    {
        var model = Model(stage) ?? throw new ArgumentException($"stage must be a stage configured in \"{_name}\"; was {EnumTable<TStage>.NameOf(stage)}.", nameof(stage));
        return model.Parent < 0 ? null : EnumTable<TStage>.Values[model.Parent];
    }

    /// <summary>Returns a value indicating whether <paramref name="stage"/> is terminal.</summary>
    /// <param name="stage">A configured stage.</param>
    /// <returns><see langword="true"/> for a terminal stage.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="stage"/> is not configured.</exception>
    public bool IsTerminal(TStage stage) =>
        (Model(stage) ?? throw new ArgumentException($"stage must be a stage configured in \"{_name}\"; was {EnumTable<TStage>.NameOf(stage)}.", nameof(stage))).Terminal;

    /// <summary>Returns the argument type a trigger carries.</summary>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The type declared with <c>Trigger&lt;TArg&gt;</c>, or null for a parameterless trigger.</returns>
    public Type? ArgumentTypeOf(TTrigger trigger)
    {
        var t = EnumTable<TTrigger>.IndexOf(trigger);
        return t < 0 ? null : _argumentTypes[t];
    }

    /// <summary>Returns the name and version.</summary>
    /// <returns>For example <c>"sources v1"</c>.</returns>
    public override string ToString() => $"{_name} v{_version}";

    internal StageModel<TStage, TTrigger>? Model(TStage stage)
    {
        var index = EnumTable<TStage>.IndexOf(stage);
        return index < 0 ? null : _stages[index];
    }

    internal Behaviour<TStage, TTrigger>? BehaviourOf(int stageIndex, int triggerIndex) => _table[(stageIndex * _triggerCount) + triggerIndex];

    /// <summary>The stage and its parents, innermost first (enum indexes).</summary>
    private List<int> Chain(int index)
    {
        var chain = new List<int>();
        for (var current = index; current >= 0 && !chain.Contains(current); current = _stages[current]!.Parent)
        {
            chain.Add(current);
        }

        return chain;
    }

    private TransitionResult<TStage, TTrigger> Begin(
        CustomerId customerId, TStage stage, HistoryEntryKind kind, ImmutableArray<LifecycleEffect<TStage, TTrigger>> effects, LifecycleEventId eventId, Instant at, TransitionMetadata metadata)
    {
        if (customerId.IsDefault)
        {
            throw new ArgumentException("customerId must not be the default (unset) id.", nameof(customerId));
        }

        CheckEvent(eventId, at);
        var state = new RelationshipState<TStage>(customerId, _name, _version, stage, 1, 1, at, at, eventId, trusted: true);
        return TransitionResult<TStage, TTrigger>.Accepted(state, kind, default, null, null, metadata, effects);
    }

    private static void CheckEvent(LifecycleEventId eventId, Instant at)
    {
        if (eventId.IsDefault)
        {
            throw new ArgumentException("eventId must not be the default (unset) id; pass the caller's id of the event (a queue message id, a request id).", nameof(eventId));
        }

        if (at < EntryHashing.MinInstant || at > EntryHashing.MaxInstant)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"at must be between {EntryHashing.MinInstant} and {EntryHashing.MaxInstant}; was {at}.");
        }
    }

    private Behaviour<TStage, TTrigger>? Resolve(int stageIndex, TTrigger trigger, Dictionary<int, StageSpec<TStage, TTrigger>> specs)
    {
        foreach (var declaring in Chain(stageIndex))
        {
            var spec = specs[declaring];
            var block = spec.Blocks.FindIndex(b => EqualityComparer<TTrigger>.Default.Equals(b.Trigger, trigger));
            if (block >= 0)
            {
                return new Behaviour<TStage, TTrigger>([], [], [spec.Blocks[block].Description]);
            }

            var rules = spec.Rules.Where(r => EqualityComparer<TTrigger>.Default.Equals(r.Trigger, trigger)).ToList();
            if (rules.Count == 0)
            {
                continue;
            }

            var ordered = rules.Where(r => r.Guard is not null).Concat(rules.Where(r => r.Guard is null)).ToList();
            var compiled = ordered.Select(r => new CompiledRule<TStage, TTrigger>(
                r,
                r.Kind is TransitionKind.Reentry or TransitionKind.Internal ? EnumTable<TStage>.Values[declaring] : r.Destination,
                declaring,
                Effects(stageIndex, declaring, r))).ToArray();
            return new Behaviour<TStage, TTrigger>(compiled, [.. ordered.Where(r => r.Description is not null).Select(r => r.Description!)], default);
        }

        return null;
    }

    private ImmutableArray<LifecycleEffect<TStage, TTrigger>> Effects(int source, int declaring, RuleSpec<TStage, TTrigger> rule)
    {
        if (rule.Kind == TransitionKind.Internal)
        {
            return [];
        }

        var sourceChain = Chain(source);
        if (rule.Kind == TransitionKind.Reentry)
        {
            var exits = sourceChain.TakeWhile(s => s != declaring).Append(declaring).SelectMany(s => _stages[s]!.Exit);
            return [.. exits.Concat(_stages[declaring]!.Entry)];
        }

        var destination = EnumTable<TStage>.IndexOf(rule.Destination);
        var destinationChain = Chain(destination);
        var common = sourceChain.FirstOrDefault(destinationChain.Contains, -1);
        var left = sourceChain.TakeWhile(s => s != common).SelectMany(s => _stages[s]!.Exit);
        return [.. left.Concat(EntriesDown(common, destination))];
    }

    /// <summary>Entry effects from just below <paramref name="above"/> down to <paramref name="destination"/>, outermost first.</summary>
    private ImmutableArray<LifecycleEffect<TStage, TTrigger>> EntriesDown(int above, int destination)
    {
        var entered = Chain(destination).TakeWhile(s => s != above).Reverse();
        return [.. entered.SelectMany(s => _stages[s]!.Entry)];
    }
}
