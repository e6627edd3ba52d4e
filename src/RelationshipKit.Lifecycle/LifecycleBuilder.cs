using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents a builder of a <see cref="LifecycleDefinition{TStage, TTrigger}"/>: stages, the initial stage, permitted
/// and guarded transitions, typed triggers, internal transitions, re-entry, terminal stages, substages, entry/exit
/// effects and migrations from older versions. Configure it once, then call <see cref="Build"/>.
/// </summary>
/// <typeparam name="TStage">The stage enum (its names are what stores, JSON and graphs write).</typeparam>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <remarks>
/// <para><see cref="Build"/> checks the whole structure and throws one <see cref="InvalidOperationException"/> that lists
/// every problem at once (a missing initial stage, a transition to an undefined stage, unreachable stages, two
/// unguarded transitions for one trigger from one stage, a substage whose parent is missing, ...).</para>
/// <para>A builder is single use: after <see cref="Build"/> every method throws <see cref="InvalidOperationException"/>.
/// It is mutable and not thread-safe; the definition it builds is immutable and thread-safe.</para>
/// </remarks>
[Mutable]
public sealed class LifecycleBuilder<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    private readonly List<StageSpec<TStage, TTrigger>> _stages = [];
    private readonly Dictionary<TTrigger, object> _typedTriggers = [];
    private readonly SortedDictionary<int, StageMigrationBuilder<TStage>> _migrations = [];
    private string _name = "lifecycle";
    private int _version = 1;
    private TStage? _initial;
    private bool _built;

    /// <summary>Initializes a new <see cref="LifecycleBuilder{TStage, TTrigger}"/>.</summary>
    public LifecycleBuilder()
    {
    }

    /// <summary>Initializes a new <see cref="LifecycleBuilder{TStage, TTrigger}"/> with a name and a version.</summary>
    /// <param name="name">The definition's name (stored with every state; at most 100 characters).</param>
    /// <param name="version">The definition's version (1 or more).</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is empty or too long.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="version"/> is below 1.</exception>
    public LifecycleBuilder(string name, int version = 1)
    {
        Name = name;
        Version = version;
    }

    /// <summary>Gets or sets the definition's name, stored with every state and history entry.</summary>
    /// <value>The default is <c>"lifecycle"</c>; dependency injection sets it to the registration name.</value>
    /// <exception cref="ArgumentException">Thrown when the value is empty, white space or longer than 100 characters.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public string Name
    {
        get => _name;
        set
        {
            EnsureNotBuilt();
            _name = Text.Required(value, LifecycleLimits.MaxNameLength, nameof(value));
        }
    }

    /// <summary>Gets or sets the definition's version. Raise it when the stages change, and declare a
    /// <see cref="MigrateFrom"/> for each older version whose states must still be read.</summary>
    /// <value>The default is 1.</value>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when the value is below 1.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public int Version
    {
        get => _version;
        set
        {
            EnsureNotBuilt();
            if (value < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, $"Version must be at least 1; was {value}.");
            }

            _version = value;
        }
    }

    /// <summary>Sets the stage every relationship starts in.</summary>
    /// <param name="stage">The initial stage (it must be configured).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public LifecycleBuilder<TStage, TTrigger> InitialStage(TStage stage)
    {
        EnsureNotBuilt();
        _initial = stage;
        return this;
    }

    /// <summary>Declares <paramref name="stage"/> (if new) and returns its configuration. Every stage a transition
    /// leads to must be configured, even one with nothing else to say.</summary>
    /// <param name="stage">The stage.</param>
    /// <returns>The stage's configuration; calling again for the same stage returns a configuration of the same stage.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public StageConfiguration<TStage, TTrigger> Configure(TStage stage)
    {
        EnsureNotBuilt();
        var spec = _stages.Find(s => EqualityComparer<TStage>.Default.Equals(s.Stage, stage));
        if (spec is null)
        {
            spec = new StageSpec<TStage, TTrigger>(stage);
            _stages.Add(spec);
        }

        return new StageConfiguration<TStage, TTrigger>(this, spec);
    }

    /// <summary>Declares that <paramref name="trigger"/> carries an argument of type <typeparamref name="TArg"/>
    /// (for example a dissolution reason, or the relationship strength before a conflict) and returns the token that
    /// guards and <c>Fire</c> use.</summary>
    /// <typeparam name="TArg">The argument type.</typeparam>
    /// <param name="trigger">The trigger.</param>
    /// <param name="summarize">Turns an argument into the short text kept in the history; null uses its invariant <c>ToString()</c>.</param>
    /// <returns>The token.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="trigger"/> was already declared with another argument type.</exception>
    public TypedTrigger<TTrigger, TArg> Trigger<TArg>(TTrigger trigger, Func<TArg, string>? summarize = null)
    {
        EnsureNotBuilt();
        if (_typedTriggers.TryGetValue(trigger, out var existing))
        {
            throw new ArgumentException(
                $"trigger {EnumTable<TTrigger>.NameOf(trigger)} was already declared (argument type {existing.GetType().GetGenericArguments()[1].Name}); declare each typed trigger once and reuse its token.",
                nameof(trigger));
        }

        var token = new TypedTrigger<TTrigger, TArg>(trigger, summarize);
        _typedTriggers.Add(trigger, token);
        return token;
    }

    /// <summary>Declares how states written by an older version of this definition are read: stage renames and merges.
    /// A store reading a state of an older version without a declared migration reports a definition mismatch.</summary>
    /// <param name="fromVersion">The older version (1 or more, below <see cref="Version"/> when built).</param>
    /// <param name="configure">Declares the renames and merges; an empty migration accepts the old names as they are.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="configure"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when <paramref name="fromVersion"/> is below 1.</exception>
    /// <exception cref="ArgumentException">Thrown when a migration from <paramref name="fromVersion"/> was already declared.</exception>
    public LifecycleBuilder<TStage, TTrigger> MigrateFrom(int fromVersion, Action<StageMigrationBuilder<TStage>> configure)
    {
        EnsureNotBuilt();
        ArgumentNullException.ThrowIfNull(configure);
        if (fromVersion < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fromVersion), fromVersion, $"fromVersion must be at least 1; was {fromVersion}.");
        }

        if (_migrations.ContainsKey(fromVersion))
        {
            throw new ArgumentException($"fromVersion {fromVersion} already has a migration; declare each once.", nameof(fromVersion));
        }

        var migration = new StageMigrationBuilder<TStage>(fromVersion);
        configure(migration);
        _migrations.Add(fromVersion, migration);
        return this;
    }

    /// <summary>Checks the whole configuration and builds the immutable, thread-safe definition.</summary>
    /// <returns>The definition.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built, or the configuration has
    /// problems; the message lists every one of them.</exception>
    public LifecycleDefinition<TStage, TTrigger> Build()
    {
        EnsureNotBuilt();
        var problems = BuilderValidation<TStage, TTrigger>.Problems(_stages, _initial, _typedTriggers, _migrations.Values, _version);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The lifecycle definition \"{_name}\" has {problems.Count} problem{(problems.Count == 1 ? string.Empty : "s")}:\n"
                + string.Join("\n", problems.Select(p => "- " + p)));
        }

        _built = true;
        return new LifecycleDefinition<TStage, TTrigger>(_name, _version, _initial!.Value, _stages, _typedTriggers, _migrations.Values);
    }

    /// <summary>Declares a token made elsewhere (a preset's shared token).</summary>
    internal TypedTrigger<TTrigger, TArg> Declare<TArg>(TypedTrigger<TTrigger, TArg> token)
    {
        EnsureNotBuilt();
        if (!_typedTriggers.TryAdd(token.Trigger, token) && !ReferenceEquals(_typedTriggers[token.Trigger], token))
        {
            throw new ArgumentException($"trigger {EnumTable<TTrigger>.NameOf(token.Trigger)} was already declared with another token; configure the preset on a fresh builder.", nameof(token));
        }

        return token;
    }

    internal void EnsureNotBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This LifecycleBuilder was already built; a builder is single use. Create a new LifecycleBuilder for another definition.");
        }
    }

    internal void EnsureDeclared<TArg>(TypedTrigger<TTrigger, TArg> token, string paramName)
    {
        if (!_typedTriggers.TryGetValue(token.Trigger, out var declared) || !ReferenceEquals(declared, token))
        {
            throw new ArgumentException($"{paramName} must be a token declared on this builder with Trigger<{typeof(TArg).Name}>(); {token} was not.", paramName);
        }
    }
}
