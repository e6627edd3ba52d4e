using NodaTime;
using NodaTime.Text;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Metrics;
using RelationshipKit.Idic.Stores;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Idic.Tests.Metrics;

public class ServiceMetricsTests
{
    private static readonly CustomerId A = new("c-a");
    private static readonly CustomerId B = new("c-b");
    private static readonly CustomerId C = new("c-c");
    private static readonly CustomerId D = new("c-d");
    private static readonly CustomerId E = new("c-e");
    private static readonly Interval June = new(I("2026-06-01T00:00:00Z"), I("2026-07-01T00:00:00Z"));

    private static Instant I(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    private static Instant? T(string? text) => text is null ? null : I(text);

    private static Interaction Leg(
        string id, CustomerId customer, Channel channel, string at, InteractionTopic topic, string? contact = null, string? handler = null,
        InteractionDirection direction = InteractionDirection.Inbound, ContactOutcome outcome = ContactOutcome.Reached,
        string? started = null, string? queued = null, string? answered = null, string? ended = null,
        bool? resolved = null, bool? reExplained = null, string? process = null, int? csat = null, int? nps = null)
    {
        var measured = started ?? queued ?? answered ?? ended ?? (object?)resolved ?? reExplained ?? process ?? (object?)csat ?? nps;
        var service = measured is null ? null : new ServiceMeasures(
            T(started), T(queued), T(answered), T(ended), resolved, reExplained, process,
            csat is { } s ? new SatisfactionRating(customer, s, SatisfactionScale.FivePoint, I(at), PurchaseCyclePhase.After) : null,
            nps is { } n ? new SatisfactionRating(customer, n, SatisfactionScale.ZeroToTen, I(at), PurchaseCyclePhase.After) : null);
        return new Interaction(id, customer, channel, I(at), topic, direction, outcome, contactId: contact, handler: handler, service: service);
    }

    /// <summary>The worked example of docs/concepts/service-metrics.md; every figure below is counted by hand there.</summary>
    internal static IReadOnlyList<Interaction> Sample()
    {
        var list = new List<Interaction>
        {
            // A: a delivery question, transferred once, resolved on the second leg; then a survey.
            Leg("a1", A, Channel.Phone, "2026-06-02T10:00:00Z", InteractionTopic.Delivery, "k1", "ewa", started: "2026-06-02T10:00:00Z", queued: "2026-06-02T10:01:00Z",
                answered: "2026-06-02T10:03:00Z", ended: "2026-06-02T10:09:00Z", resolved: false, process: "delivery"),
            Leg("a2", A, Channel.Phone, "2026-06-02T10:09:00Z", InteractionTopic.Delivery, "k1", "piotr", queued: "2026-06-02T10:09:00Z",
                answered: "2026-06-02T10:10:00Z", ended: "2026-06-02T10:15:00Z", resolved: true, reExplained: false, process: "delivery"),
            Leg("a3", A, Channel.Email, "2026-06-03T09:00:00Z", InteractionTopic.Survey, direction: InteractionDirection.Outbound, process: "delivery", csat: 5, nps: 9),

            // B: a billing complaint, transferred to a specialist who had to hear it again, called back the next day.
            Leg("b1", B, Channel.Phone, "2026-06-05T09:00:00Z", InteractionTopic.Complaint, "k2", "ewa", started: "2026-06-05T09:00:00Z", queued: "2026-06-05T09:00:30Z",
                answered: "2026-06-05T09:04:30Z", ended: "2026-06-05T09:20:30Z", resolved: false, process: "billing"),
            Leg("b2", B, Channel.Phone, "2026-06-05T09:20:30Z", InteractionTopic.Complaint, "k2", "spec", queued: "2026-06-05T09:20:30Z",
                answered: "2026-06-05T09:25:30Z", ended: "2026-06-05T09:30:30Z", resolved: false, reExplained: true, process: "billing"),
            Leg("b3", B, Channel.Phone, "2026-06-06T12:00:00Z", InteractionTopic.Complaint, "k3", "spec", InteractionDirection.Outbound, resolved: true, process: "billing"),
            Leg("b4", B, Channel.Chat, "2026-06-08T10:00:00Z", InteractionTopic.Complaint, "k4", "ewa", started: "2026-06-08T10:00:00Z",
                answered: "2026-06-08T10:00:20Z", ended: "2026-06-08T10:05:20Z", resolved: false, process: "billing"),
            Leg("b5", B, Channel.Phone, "2026-06-10T15:00:00Z", InteractionTopic.Survey, direction: InteractionDirection.Outbound, process: "billing", csat: 2, nps: 3),

            // C: hung up in the menu, called again ten minutes later; a third question after the period.
            Leg("c1", C, Channel.Phone, "2026-06-12T08:00:00Z", InteractionTopic.Question, "k5", outcome: ContactOutcome.NotReached, started: "2026-06-12T08:00:00Z"),
            Leg("c2", C, Channel.Phone, "2026-06-12T08:10:00Z", InteractionTopic.Question, "k6", "piotr", started: "2026-06-12T08:10:00Z", queued: "2026-06-12T08:11:00Z",
                answered: "2026-06-12T08:13:00Z", ended: "2026-06-12T08:18:00Z", resolved: true),
            Leg("c3", C, Channel.Phone, "2026-07-02T08:00:00Z", InteractionTopic.Question, "k7", "piotr"),

            // E: one question, then three survey invitations: survey fatigue.
            Leg("e1", E, Channel.Web, "2026-06-20T10:00:00Z", InteractionTopic.Question),
        };

        // D: six web questions and never asked for feedback.
        for (var day = 15; day < 21; day++)
        {
            list.Add(Leg($"d{day}", D, Channel.Web, $"2026-06-{day}T12:00:00Z", InteractionTopic.Question));
        }

        for (var day = 21; day < 24; day++)
        {
            list.Add(Leg($"e{day}", E, Channel.Email, $"2026-06-{day}T09:00:00Z", InteractionTopic.Survey, direction: InteractionDirection.Outbound, outcome: ContactOutcome.NotReached));
        }

        return list;
    }

    private static ServiceMetricsReport Report()
    {
        var options = new ServiceMetricsOptions();
        options.BusinessProcesses.Add("delivery");
        options.BusinessProcesses.Add("billing");
        options.BusinessProcesses.Add("returns");
        return ServiceMetrics.Compute(Sample(), June, options);
    }

    [Fact]
    public void Compute_Overall_CountsContactsAcrossTransfers()
    {
        var all = Report().Overall;

        all.Kind.Should().Be(ServiceGroupKind.All);
        all.Interactions.Should().Be(20, "c3 is after the period");
        all.Contacts.Should().Be(18, "k1 and k2 have two legs each");
        all.InboundContacts.Should().Be(12);
    }

    [Fact]
    public void Compute_ChannelEfficiency_TimeToServiceWaitAndAbandonment()
    {
        var all = Report().Overall;

        // Time to service over the first legs of inbound contacts: 0:20, 3:00, 3:00, 4:30.
        all.TimeToService.Count.Should().Be(4);
        all.TimeToService.Mean.Should().Be(Duration.FromMilliseconds(162_500));
        all.TimeToService.Median.Should().Be(Duration.FromMinutes(3));
        all.TimeToService.Percentile90.Should().Be(Duration.FromSeconds(270));
        // Wait over every leg that queued, transfers included: 2, 1, 4, 5, 2 minutes.
        all.WaitTime.ToString().Should().Be("mean 0:02:48, median 0:02:00, p90 0:05:00 (n=5)");
        all.Abandoned.ToString().Should().Be("1 of 5 (20%)");
    }

    [Fact]
    public void Compute_DialogueEffectiveness_FirstContactResolutionComplaintsCsatNps()
    {
        var all = Report().Overall;

        // Eligible: k1 (resolved on its second leg, no repeat) and k2 (not resolved, repeated by k4 within 7 days).
        // k5 has no resolution recorded; k4 and k6 are repeats, not first contacts.
        all.FirstContactResolution.ToString().Should().Be("1 of 2 (50%)");
        // k2 and k3 are resolved by the callback b3; k4 (not resolved) has nothing resolved after it.
        all.ComplaintsResolved.ToString().Should().Be("2 of 3 (66.7%)");
        all.Csat.ToString().Should().Be("CSAT 50% (1 of 2 on 1-5)");
        all.Nps.ToString().Should().Be("NPS 0 (1 promoters, 0 passives, 1 detractors)");
    }

    [Fact]
    public void Compute_HandleTimeAndReExplanationsAfterTransfer()
    {
        var all = Report().Overall;

        all.HandleTime.ToString().Should().Be("mean 0:07:00, median 0:05:00, p90 0:16:00 (n=6)");
        all.ReExplainedAfterTransfer.ToString().Should().Be("1 of 2 (50%)");
    }

    [Fact]
    public void Compute_PerChannelAndPerConsultant()
    {
        var report = Report();

        report.ByChannel.Select(f => $"{f.Group} {f.Interactions}/{f.Contacts}").Should().Equal("chat 1/1", "e-mail 4/4", "phone 8/6", "web 7/7");
        var chat = report.ByChannel.Single(f => f.Group == "chat");
        chat.Kind.Should().Be(ServiceGroupKind.Channel);
        chat.HandleTime.Median.Should().Be(Duration.FromMinutes(5));
        chat.ComplaintsResolved.ToString().Should().Be("0 of 1 (0%)");

        report.ByConsultant.Select(f => f.Group).Should().Equal("ewa", "piotr", "spec");
        var ewa = report.ByConsultant[0];
        ewa.Kind.Should().Be(ServiceGroupKind.Consultant);
        ewa.FirstContactResolution.ToString().Should().Be("1 of 2 (50%)", "k1 and k2 started with her");
        ewa.ReExplainedAfterTransfer.ToString().Should().Be("none counted");
        report.ByConsultant.Single(f => f.Group == "spec").ReExplainedAfterTransfer.ToString().Should().Be("1 of 1 (100%)", "he received the transfer after which the customer repeated his case");
        report.ByConsultant.Single(f => f.Group == "piotr").ReExplainedAfterTransfer.ToString().Should().Be("0 of 1 (0%)");
    }

    [Fact]
    public void Compute_FeedbackCoverage_ProcessesCustomersAndSurveyFrequency()
    {
        var feedback = Report().Feedback;

        feedback.Processes.Select(p => p.ToString()).Should().Equal(
            "billing: 4 interactions, 1 surveys, 1 answered",
            "delivery: 2 interactions, 1 surveys, 1 answered",
            "returns: 0 interactions, 0 surveys, 0 answered (not covered)");
        feedback.ProcessesCovered.ToString().Should().Be("2 of 3 (66.7%)");
        feedback.Customers.Select(c => c.ToString()).Should().Equal(
            "c-a: 2 interactions, asked 1 times (0.4 expected): Follows",
            "c-b: 4 interactions, asked 1 times (0.8 expected): Follows",
            "c-c: 2 interactions, asked 0 times (0.4 expected): Follows",
            "c-d: 6 interactions, asked 0 times (1.2 expected): NotAsked",
            "c-e: 1 interactions, asked 3 times (0.2 expected): OverAsked");
        feedback.CustomersAsked.ToString().Should().Be("3 of 5 (60%)");
        feedback.ToString().Should().Be("processes covered 2 of 3 (66.7%); customers asked 3 of 5 (60%); not asked 1, under-asked 0, over-asked 1");
    }

    [Theory]
    [InlineData(0, 0.4, SurveyFrequencyStatus.Follows)]
    [InlineData(0, 1.0, SurveyFrequencyStatus.NotAsked)]
    [InlineData(1, 2.4, SurveyFrequencyStatus.UnderAsked)]
    [InlineData(2, 2.4, SurveyFrequencyStatus.Follows)]
    [InlineData(3, 2.4, SurveyFrequencyStatus.Follows)]
    [InlineData(4, 2.4, SurveyFrequencyStatus.OverAsked)]
    [InlineData(1, 0.0, SurveyFrequencyStatus.Follows)]
    [InlineData(2, 0.0, SurveyFrequencyStatus.OverAsked)]
    public void SurveyFrequency_Classify_FollowsBetweenFloorAndCeiling(int surveys, double expected, SurveyFrequencyStatus status) =>
        SurveyFrequency.Classify(surveys, expected).Should().Be(status);

    [Fact]
    public void Compute_EmptyPeriod_HasNoFiguresAndNoNaN()
    {
        var report = ServiceMetrics.Compute(Sample(), new Interval(I("2020-01-01T00:00:00Z"), I("2020-02-01T00:00:00Z")));

        report.Overall.Interactions.Should().Be(0);
        report.Overall.WaitTime.ToString().Should().Be("not measured");
        report.Overall.WaitTime.Mean.Should().BeNull();
        report.Overall.FirstContactResolution.Rate.Should().BeNull();
        report.Overall.Csat.Percent.Should().BeNull();
        report.ByChannel.Should().BeEmpty();
        report.Feedback.CustomersAsked.Rate.Should().BeNull();
    }

    [Fact]
    public async Task ComputeAsync_ReadsTheInteractionStore_SameAsCompute()
    {
        var store = new InMemoryInteractionStore();
        foreach (var byCustomer in Sample().GroupBy(i => i.Customer))
        {
            var version = 0L;
            foreach (var interaction in byCustomer)
            {
                (await store.AppendAsync(interaction, version)).Status.Should().Be(StoreWriteStatus.Written);
                version++;
            }
        }

        var report = await ServiceMetrics.ComputeAsync(store, [A, B, C, D, E], June);

        report.Overall.ToString().Should().Be(ServiceMetrics.Compute(Sample(), June).Overall.ToString());
    }

    [Fact]
    public void Compute_BadInput_ThrowsNamingTheRule()
    {
        var twice = () => ServiceMetrics.Compute([Sample()[0], Sample()[0]], June);
        twice.Should().Throw<ArgumentException>().WithMessage("interactions must have distinct ids; \"a1\" appears twice. (Parameter 'interactions')");

        var sevenPoint = new Interaction("x", A, Channel.Web, I("2026-06-05T00:00:00Z"), InteractionTopic.Survey,
            service: new ServiceMeasures(satisfaction: new SatisfactionRating(A, 6, SatisfactionScale.SevenPoint, I("2026-06-05T00:00:00Z"), PurchaseCyclePhase.After)));
        var mixed = () => ServiceMetrics.Compute([.. Sample(), sevenPoint], June);
        mixed.Should().Throw<ArgumentException>().WithMessage("interactions must give satisfaction scores on one scale in a period; \"a3\" is on 1-5, \"x\" on 1-7. (Parameter 'interactions')");

        var options = new ServiceMetricsOptions { InteractionsPerSurvey = 0 };
        var badOption = () => ServiceMetrics.Compute(Sample(), June, options);
        badOption.Should().Throw<ArgumentException>().WithMessage("InteractionsPerSurvey must be at least 1; was 0. (Parameter 'options')");

        var open = () => ServiceMetrics.Compute(Sample(), new Interval(null, I("2026-07-01T00:00:00Z")));
        open.Should().Throw<ArgumentException>().WithMessage("period must have a start and an end; *");
    }

    [Fact]
    public void ServiceMeasures_InstantsGoingBack_Throw()
    {
        var act = () => new ServiceMeasures(startedAt: I("2026-06-01T10:00:00Z"), answeredAt: I("2026-06-01T09:59:00Z"));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("answeredAt must not be before startedAt (2026-06-01T10:00:00Z); was 2026-06-01T09:59:00Z.*");
        var nps = () => new ServiceMeasures(recommendation: new SatisfactionRating(A, 4, SatisfactionScale.FivePoint, I("2026-06-01T10:00:00Z"), PurchaseCyclePhase.After));
        nps.Should().Throw<ArgumentException>().WithMessage("recommendation must be on the 0-10 scale of the recommend question; was on 1-5.*");
        var other = () => new Interaction("x", B, Channel.Web, I("2026-06-01T10:00:00Z"), InteractionTopic.Survey,
            service: new ServiceMeasures(satisfaction: new SatisfactionRating(A, 4, SatisfactionScale.FivePoint, I("2026-06-01T10:00:00Z"), PurchaseCyclePhase.After)));
        other.Should().Throw<ArgumentException>().WithMessage("service must hold ratings of the interaction's customer c-b; was of c-a.*");
        new ServiceMeasures(queuedAt: I("2026-06-01T10:00:00Z"), answeredAt: I("2026-06-01T10:02:00Z"), endedAt: I("2026-06-01T10:09:30Z"), resolved: true, process: "billing")
            .ToString().Should().Be("wait 0:02:00, handle 0:07:30, resolved, process billing");
    }
}
