namespace RelationshipKit.Idic.Pipeline;

/// <summary>One configured stage of a pipeline: immutable, shared by every execution.</summary>
internal abstract class IdicStage<TCustomer>(IdicStageKind kind)
{
    internal IdicStageKind Kind { get; } = kind;

    internal abstract ValueTask ExecuteAsync(IdicState<TCustomer> state, CancellationToken cancellationToken);
}
