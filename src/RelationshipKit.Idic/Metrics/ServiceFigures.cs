using RelationshipKit.Satisfaction;

namespace RelationshipKit.Idic.Metrics;

/// <summary>
/// Represents the service figures of one group of interactions in a period (every interaction, one channel or one
/// consultant): channel efficiency, dialogue effectiveness, handle time and re-explanations after transfers.
/// </summary>
/// <remarks>
/// <para>The definitions are on <see cref="ServiceMetrics"/>. Contact-level figures (time to service, abandonment,
/// first-contact resolution, complaints) belong to the group of the contact's first leg; leg-level figures (wait,
/// handle time, transfers, re-explanations) to the group of each leg.</para>
/// <para>Equality is reference equality. This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ServiceFigures
{
    internal ServiceFigures(
        ServiceGroupKind kind, string group, int interactions, int contacts, int inboundContacts,
        DurationSummary timeToService, DurationSummary waitTime, DurationSummary handleTime, ServiceRate abandoned,
        ServiceRate firstContactResolution, ServiceRate complaintsResolved, CustomerSatisfactionScore csat, NetPromoterScore nps,
        ServiceRate reExplainedAfterTransfer)
    {
        Kind = kind;
        Group = group;
        Interactions = interactions;
        Contacts = contacts;
        InboundContacts = inboundContacts;
        TimeToService = timeToService;
        WaitTime = waitTime;
        HandleTime = handleTime;
        Abandoned = abandoned;
        FirstContactResolution = firstContactResolution;
        ComplaintsResolved = complaintsResolved;
        Csat = csat;
        Nps = nps;
        ReExplainedAfterTransfer = reExplainedAfterTransfer;
    }

    /// <summary>Gets what the group is.</summary>
    public ServiceGroupKind Kind { get; }

    /// <summary>Gets the group: <c>all</c>, the channel name or the consultant (handler).</summary>
    public string Group { get; }

    /// <summary>Gets the interactions (legs) in the group and period.</summary>
    public int Interactions { get; }

    /// <summary>Gets the contacts whose first leg is in the group and period (a contact spans its transfers).</summary>
    public int Contacts { get; }

    /// <summary>Gets the inbound contacts among <see cref="Contacts"/>.</summary>
    public int InboundContacts { get; }

    /// <summary>Gets the time from starting to being served (phone menu and queue), over inbound contacts' first legs.</summary>
    public DurationSummary TimeToService { get; }

    /// <summary>Gets the time in the queue, over every leg that queued (a transfer that queues again counts).</summary>
    public DurationSummary WaitTime { get; }

    /// <summary>Gets the handle time (answered to ended), over every answered leg with an end.</summary>
    public DurationSummary HandleTime { get; }

    /// <summary>Gets the inbound contacts that gave up before being served, of those whose start was recorded.</summary>
    public ServiceRate Abandoned { get; }

    /// <summary>Gets the first-contact resolution: inbound first contacts resolved with no repeat contact on the topic within the repeat window, of those whose resolution was recorded.</summary>
    public ServiceRate FirstContactResolution { get; }

    /// <summary>Gets the complaint contacts resolved by the end of the period, of all complaint contacts.</summary>
    public ServiceRate ComplaintsResolved { get; }

    /// <summary>Gets the CSAT of the satisfaction scores given (the core's definition: top-two-box share).</summary>
    public CustomerSatisfactionScore Csat { get; }

    /// <summary>Gets the NPS of the recommendation answers given (the core's definition, Reichheld 2003).</summary>
    public NetPromoterScore Nps { get; }

    /// <summary>Gets the legs reached by a transfer after which the customer had to explain his case again, of the transferred legs where this was recorded.</summary>
    public ServiceRate ReExplainedAfterTransfer { get; }

    /// <summary>Returns the group and its main figures.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() =>
        $"{Group}: {Interactions} interactions, {Contacts} contacts; wait {WaitTime}; handle {HandleTime}; FCR {FirstContactResolution}; complaints resolved {ComplaintsResolved}; {Csat}; {Nps}; re-explained after transfer {ReExplainedAfterTransfer}";
}
