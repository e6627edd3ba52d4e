namespace RelationshipKit.Lifecycle;

/// <summary>Represents the outcome of reading a relationship's state from a store or from data: found, not found, or a definition mismatch with its explanation.</summary>
/// <typeparam name="TStage">The stage enum.</typeparam>
/// <remarks>The <c>default</c> value is "not found". This type is immutable and thread-safe.</remarks>
[Immutable]
public readonly struct StateReadResult<TStage>
    where TStage : struct, Enum
{
    private readonly string? _message;

    private StateReadResult(StateReadStatus status, RelationshipState<TStage> state, string? message)
    {
        Status = status;
        State = state;
        _message = message;
    }

    /// <summary>Gets the outcome.</summary>
    public StateReadStatus Status { get; }

    /// <summary>Gets a value indicating whether a state was read.</summary>
    public bool Found => Status == StateReadStatus.Found;

    /// <summary>Gets the state when found; the <c>default</c> state otherwise.</summary>
    public RelationshipState<TStage> State { get; }

    /// <summary>Gets a sentence explaining a mismatch; empty otherwise.</summary>
    public string Message => _message ?? string.Empty;

    internal static StateReadResult<TStage> Create(StateReadStatus status, RelationshipState<TStage> state, string? message) => new(status, state, message);
}
