using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Cli.Commands.IdicPlan;

/// <summary>What <c>idic plan</c> prints for one customer (one identity cluster); <see cref="Trace"/> is the pipeline's decision trace, printed with <c>--trace</c>.</summary>
internal sealed record CustomerPlan(
    IdentityCluster Cluster,
    ValueTier? Tier,
    string? Stage,
    string TimeZone,
    TreatmentDecision Treatment,
    IReadOnlyList<ContactDecision> NextContact,
    IReadOnlyList<CallbackPromise> OpenPromises,
    CarePlan CarePlan,
    Instant At,
    DecisionTrace Trace);
