namespace RelationshipKit.Lifecycle.Internal;

/// <summary>Rejections made outside the definition (by the runner and the batch).</summary>
internal static class TransitionResultFor
{
    internal static TransitionResult<TStage, TTrigger> AlreadyStarted<TStage, TTrigger>(RelationshipState<TStage> state)
        where TStage : struct, Enum
        where TTrigger : struct, Enum =>
        TransitionResult<TStage, TTrigger>.Rejected(state, null, RejectionReason.AlreadyStarted);

    internal static TransitionResult<TStage, TTrigger> NotStarted<TStage, TTrigger>(TTrigger trigger)
        where TStage : struct, Enum
        where TTrigger : struct, Enum =>
        TransitionResult<TStage, TTrigger>.Rejected(default, trigger, RejectionReason.NotStarted);
}
