using NodaTime;
using RelationshipKit.Cli.Commands.IdicPlan;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Matching;
using RelationshipKit.Idic.Metrics;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Cli.Analysis;

/// <summary>
/// The synthetic contact centre of <c>analyze</c>'s <c>idic</c> section besides the plans (not real data): a roster of
/// four consultants, how each sample customer wants to be served (language, communication style, the skills his case
/// needs, his dedicated adviser) and the recorded interactions of the first days of June 2026 with their service
/// measures. The library matches and measures; the section renders the results.
/// </summary>
internal static class ContactCentreService
{
    /// <summary>The roster: id, languages, style, skills, open cases of 8, dedicated adviser.</summary>
    public static IReadOnlyList<Consultant> Roster { get; } =
    [
        new("ewa", ["pl", "en"], CommunicationStyle.Analytical, ["billing", "appliances"], openCases: 2, capacity: 8, isDedicatedAdviser: true),
        new("piotr", ["pl"], CommunicationStyle.Expressive, ["appliances", "delivery"], openCases: 1, capacity: 8),
        new("olga", ["pl", "ru"], CommunicationStyle.Amiable, ["billing", "mortgage"], openCases: 5, capacity: 8),
        new("john", ["en"], CommunicationStyle.Driver, ["software", "billing"], openCases: 3, capacity: 8),
    ];

    /// <summary>Matches each planned customer to a consultant of <see cref="Roster"/>.</summary>
    public static IReadOnlyList<ConsultantMatch> Match(IReadOnlyList<CustomerPlan> plans)
    {
        var matcher = new ConsultantMatcher();
        return [.. plans.Select(p => matcher.Match(Request(p.Cluster.Id, p.Tier), Roster))];
    }

    /// <summary>The service metrics from the first of June to <paramref name="at"/>.</summary>
    public static ServiceMetricsReport Measure(Instant at) =>
        ServiceMetrics.Compute(Interactions(), new Interval(Instant.FromUtc(2026, 6, 1, 0, 0), at));

    private static MatchRequest Request(CustomerId customer, ValueTier? tier) => customer.Value switch
    {
        "cc:1" => new MatchRequest(customer, "pl", CommunicationStyle.Analytical, requiredSkills: ["appliances"], tier: tier, dedicatedAdviser: "ewa"),
        "cc:2" => new MatchRequest(customer, "pl", CommunicationStyle.Amiable, requiredSkills: ["mortgage"], tier: tier),
        "cc:3" => new MatchRequest(customer, "en", CommunicationStyle.Driver, requiredSkills: ["software"], tier: tier),
        _ => new MatchRequest(customer, "pl", CommunicationStyle.Expressive, requiredSkills: ["appliances", "delivery"], tier: tier),
    };

    private static Interaction[] Interactions() =>
    [
        // cc:1: a billing question passed from ewa to olga, who solved it without asking again; a survey after.
        Leg("a1", "cc:1", Channel.Phone, "2026-06-09T09:00:00", InteractionTopic.Credit, "k1", "ewa", queued: 20, answered: 60, ended: 480, resolved: false, process: "billing"),
        Leg("a2", "cc:1", Channel.Phone, "2026-06-09T09:08:00", InteractionTopic.Credit, "k1", "olga", queued: 0, answered: 60, ended: 420, resolved: true, reExplained: false, process: "billing"),
        Leg("a3", "cc:1", Channel.Email, "2026-06-09T16:00:00", InteractionTopic.Survey, outbound: true, process: "billing", csat: 5, nps: 9),

        // cc:2: a delivery complaint passed from piotr to olga, who had to hear it again; unresolved; an unhappy survey.
        Leg("b1", "cc:2", Channel.Phone, "2026-06-09T11:00:00", InteractionTopic.Complaint, "k2", "piotr", queued: 30, answered: 270, ended: 870, resolved: false, process: "delivery"),
        Leg("b2", "cc:2", Channel.Phone, "2026-06-09T11:14:30", InteractionTopic.Complaint, "k2", "olga", queued: 0, answered: 180, ended: 660, resolved: false, reExplained: true, process: "delivery"),
        Leg("b3", "cc:2", Channel.Email, "2026-06-10T07:30:00", InteractionTopic.Survey, outbound: true, process: "delivery", csat: 2, nps: 4),

        // cc:3: a software question answered in the chat at once.
        Leg("c1", "cc:3", Channel.Chat, "2026-06-10T06:30:00", InteractionTopic.Question, "k3", "john", queued: null, answered: 40, ended: 400, resolved: true, process: "support"),

        // shop:7: a question on the web, solved, and a happy survey.
        Leg("d1", "shop:7", Channel.Web, "2026-06-06T12:00:00", InteractionTopic.Question, "k4", "piotr", queued: 10, answered: 50, ended: 350, resolved: true, process: "sales"),
        Leg("d2", "shop:7", Channel.Email, "2026-06-07T09:00:00", InteractionTopic.Survey, outbound: true, process: "sales", csat: 4, nps: 10),
    ];

    /// <summary>
    /// One recorded leg; queue, answer and end in seconds after its start. An inbound leg starts the contact unless it
    /// received a transfer (those, and only those, record whether the customer had to explain his case again).
    /// </summary>
    private static Interaction Leg(
        string id, string customer, Channel channel, string start, InteractionTopic topic, string? contact = null, string? handler = null,
        bool outbound = false, int? queued = null, int? answered = null, int? ended = null, bool? resolved = null, bool? reExplained = null,
        string? process = null, int? csat = null, int? nps = null)
    {
        var who = new CustomerId(customer);
        var at = NodaTime.Text.LocalDateTimePattern.GeneralIso.Parse(start).Value.InUtc().ToInstant();
        Instant? After(int? seconds) => seconds is { } s ? at + Duration.FromSeconds(s) : null;
        var service = new ServiceMeasures(
            outbound || reExplained is not null ? null : at, After(queued), After(answered), After(ended), resolved, reExplained, process,
            csat is { } c ? new SatisfactionRating(who, c, SatisfactionScale.FivePoint, at, PurchaseCyclePhase.After) : null,
            nps is { } n ? new SatisfactionRating(who, n, SatisfactionScale.ZeroToTen, at, PurchaseCyclePhase.After) : null);
        return new Interaction(
            id, who, channel, at, topic, outbound ? InteractionDirection.Outbound : InteractionDirection.Inbound, ContactOutcome.Reached,
            contactId: contact, handler: handler, service: service);
    }
}
