namespace RelationshipKit.Lifecycle;

/// <summary>Creates <see cref="StateReadResult{TStage}"/> values (for stores written outside this package).</summary>
public static class StateReadResult
{
    /// <summary>Creates a "found" result.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <param name="state">The state read.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="state"/> is the default value.</exception>
    public static StateReadResult<TStage> Found<TStage>(RelationshipState<TStage> state)
        where TStage : struct, Enum
    {
        if (state.IsDefault)
        {
            throw new ArgumentException("state must not be the default value; use NotFound.", nameof(state));
        }

        return StateReadResult<TStage>.Create(StateReadStatus.Found, state, null);
    }

    /// <summary>Returns the "not found" result.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <returns>The result (the <c>default</c> value).</returns>
    public static StateReadResult<TStage> NotFound<TStage>()
        where TStage : struct, Enum => default;

    /// <summary>Creates a "definition mismatch" result.</summary>
    /// <typeparam name="TStage">The stage enum.</typeparam>
    /// <param name="message">What does not match.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="message"/> is null.</exception>
    public static StateReadResult<TStage> Mismatch<TStage>(string message)
        where TStage : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(message);
        return StateReadResult<TStage>.Create(StateReadStatus.DefinitionMismatch, default, message);
    }
}
