using Microsoft.Extensions.Logging;

namespace RelationshipKit.Idic;

/// <summary>
/// The package's log messages (Microsoft.Extensions.Logging.Abstractions only). Every personal identifier reaches a
/// message already masked by <see cref="Identify.IdentifierMask"/>; record ids, customer ids, counts, instants and
/// scores are written in full.
/// </summary>
internal static class IdicLog
{
    private static readonly Action<ILogger, int, int, int, int, int, Exception?> ResolvedMessage =
        LoggerMessage.Define<int, int, int, int, int>(LogLevel.Information, new EventId(1, "IdentitiesResolved"),
            "Resolved {RecordCount} channel records into {ClusterCount} customers ({SplitCount} splits by a hard identifier, {AmbiguousCount} ambiguous links, {RejectedCount} rejected identifiers)");

    private static readonly Action<ILogger, string, Exception?> SplitMessage =
        LoggerMessage.Define<string>(LogLevel.Warning, new EventId(2, "IdentitySplit"), "Identity split: {Explanation}");

    private static readonly Action<ILogger, string, Exception?> RejectedMessage =
        LoggerMessage.Define<string>(LogLevel.Debug, new EventId(3, "IdentifierRejected"), "Identifier rejected: {Explanation}");

    private static readonly Action<ILogger, string, string, string, Exception?> StageMessage =
        LoggerMessage.Define<string, string, string>(LogLevel.Debug, new EventId(10, "IdicDecision"), "IDIC {Stage} [{Rule}]: {Decision}");

    private static readonly Action<ILogger, string, string, Exception?> InteractionRefusedMessage =
        LoggerMessage.Define<string, string>(LogLevel.Information, new EventId(20, "InteractionRefused"), "Interaction refused for customer {CustomerId}: {Reason}");

    private static readonly Action<ILogger, string, string, Exception?> PromiseOverdueMessage =
        LoggerMessage.Define<string, string>(LogLevel.Warning, new EventId(30, "PromiseOverdue"), "Callback promise {PromiseId} is overdue: {Escalation}");

    internal static void Resolved(ILogger logger, int records, int clusters, int splits, int ambiguous, int rejected) =>
        ResolvedMessage(logger, records, clusters, splits, ambiguous, rejected, null);

    internal static void Split(ILogger logger, string explanation) => SplitMessage(logger, explanation, null);

    internal static void Rejected(ILogger logger, string explanation) => RejectedMessage(logger, explanation, null);

    internal static void Decision(ILogger logger, string stage, string rule, string decision) => StageMessage(logger, stage, rule, decision, null);

    internal static void InteractionRefused(ILogger logger, CustomerId customer, string reason) => InteractionRefusedMessage(logger, customer.Value, reason, null);

    internal static void PromiseOverdue(ILogger logger, string promiseId, string escalation) => PromiseOverdueMessage(logger, promiseId, escalation, null);
}
