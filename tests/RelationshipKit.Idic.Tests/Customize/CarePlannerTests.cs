using NodaTime;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Tests.Customize;

public class CarePlannerTests
{
    private static readonly CustomerId Jan = new("c-1");
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];

    // Wednesday 10 June 2026, 10:00 in Warsaw (08:00 UTC).
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 10, 8, 0);

    private static ConsentLedger AllGranted() => ConsentLedger.From(Jan,
    [
        new ConsentEvent("k1", Jan, ConsentPurpose.Marketing, ConsentAction.Granted, Now - Duration.FromDays(60)),
        new ConsentEvent("k2", Jan, ConsentPurpose.Survey, ConsentAction.Granted, Now - Duration.FromDays(60)),
    ]);

    public static TheoryData<CareActivity> EveryActivity() => new(Enum.GetValues<CareActivity>());

    [Theory]
    [MemberData(nameof(EveryActivity))]
    public void Plan_EveryCareActivityOfTheSources_IsSchedulable(CareActivity activity)
    {
        var planner = new CarePlanner();
        var rule = CareRules.Default.FirstOrDefault(r => r.Activity == activity);
        var profile = new ContactProfile(Jan, Warsaw);
        CarePlan plan;
        if (rule is null)
        {
            // Activities that follow no event come from treatment rules (valuable-customer follow-up).
            var treatment = TreatmentRules.Default.Decide(new TreatmentFacts(Jan, ValueTier.MostValuable));
            treatment.CareActivities.Should().Contain(activity);
            plan = planner.Plan(profile, AllGranted(), [], Now, treatment);
        }
        else
        {
            plan = planner.Plan(profile, AllGranted(), [new CareEvent("e-1", Jan, rule.Trigger, Now - Duration.FromHours(1))], Now);
        }

        var item = plan.Items.Single(i => i.Activity == activity);
        item.IsPlanned.Should().BeTrue(string.Join("; ", item.Checks));
        item.Scheduled.Should().NotBeNull();
        item.Scheduled!.Value.Should().BeGreaterThanOrEqualTo(Now);
        var info = CareActivities.Describe(activity);
        item.Status.Should().Be(info.ReachesCustomer ? CarePlanItemStatus.Scheduled : CarePlanItemStatus.Internal);
        item.Channel.Should().Be(info.Channel);
    }

    [Fact]
    public void CareActivities_CoverSection6_WithNamesAndPurposes()
    {
        CareActivities.All.Should().HaveCount(20);
        CareActivities.All.Select(a => a.Name).Should().OnlyHaveUniqueItems();
        CareActivities.Describe(CareActivity.ThankYouCall).ToString().Should().Be("thank-you-call");
        CareActivities.Describe(CareActivity.ThankYouCall).Description.Should().Be("thank-you call right after a sale, with a satisfaction check");
        CareActivities.All.Where(a => !a.ReachesCustomer).Select(a => a.Activity).Should().Equal(
            CareActivity.ComplaintRouting, CareActivity.ProductDevelopmentComment, CareActivity.KeyAccountAlert, CareActivity.RootCauseFollowUp);
        CareActivities.Describe(CareActivity.OtherProducts).Purpose.Should().Be(ConsentPurpose.Marketing);
    }

    [Fact]
    public void Plan_AfterASale_ThankYouCallMovedOutOfTheTeamMatch_AndSurveyLater()
    {
        // The match: Wednesday 11 June 18:00-20:00 Warsaw (16:00-18:00 UTC); the sale the day before at 17:30 Warsaw.
        var match = new SuppressionWindow(Instant.FromUtc(2026, 6, 11, 15, 30), Instant.FromUtc(2026, 6, 11, 18, 0), "his team's match");
        var profile = new ContactProfile(Jan, Warsaw).WithSuppression(match);
        var sale = new CareEvent("s-1", Jan, CareEventKind.Sale, Instant.FromUtc(2026, 6, 10, 15, 30), "washing machine");

        var plan = new CarePlanner().Plan(profile, AllGranted(), [sale], Now);

        plan.Items.Select(i => i.ToString()).Should().Equal(
            "2026-06-11T18:00:00Z thank-you-call on phone [thank-you-after-sale: 1 day after Sale s-1 at 2026-06-10T15:30:00Z (washing machine)]",
            "2026-06-24T15:30:00Z satisfaction-survey on e-mail [survey-after-sale: 14 days after Sale s-1 at 2026-06-10T15:30:00Z (washing machine)]");
        var call = plan.Items[0];
        call.Status.Should().Be(CarePlanItemStatus.Moved);
        call.Requested.Should().Be(Instant.FromUtc(2026, 6, 11, 15, 30));
        call.Checks[0].Should().Be("contact policy: moved to 2026-06-11T18:00:00Z: suppressed: his team's match until 2026-06-11T18:00:00Z");
        call.Checks[1].Should().Be("consent for service on phone: granted: implicit agreement: service messages need no explicit consent under this policy");
        plan.Items[1].Checks[1].Should().StartWith("consent for survey on e-mail: granted: explicit agreement for survey on every channel granted at");
    }

    [Fact]
    public void Plan_NoConsent_LapsedAndPreferredChannel_AreExplained()
    {
        var profile = new ContactProfile(Jan, Warsaw);
        var noMarketing = ConsentLedger.Empty(Jan);
        var events = new[]
        {
            new CareEvent("l-1", Jan, CareEventKind.ProductLaunch, Now - Duration.FromDays(2)),
            new CareEvent("s-0", Jan, CareEventKind.Sale, Now - Duration.FromDays(30)),
        };

        var plan = new CarePlanner().Plan(profile, noMarketing, events, Now);

        var other = plan.Items.Single(i => i.Activity == CareActivity.OtherProducts);
        other.Status.Should().Be(CarePlanItemStatus.NoConsent);
        other.Checks[^1].Should().Be("consent for marketing on e-mail: refused: no agreement for marketing on e-mail");
        var thanks = plan.Items.Single(i => i.Activity == CareActivity.ThankYouCall);
        thanks.Status.Should().Be(CarePlanItemStatus.Lapsed);
        thanks.Checks.Should().Equal("deadline 2026-05-18T08:00:00Z had passed when the plan was made");
        var survey = plan.Items.Single(i => i.Activity == CareActivity.SatisfactionSurvey);
        survey.Status.Should().Be(CarePlanItemStatus.NoConsent, "surveys need explicit consent; only service is implicit");
        survey.Requested.Should().Be(Now, "14 days after the sale has passed but the 45-day deadline has not");
        plan.Planned.Should().BeEmpty();
        plan.NotScheduled.Should().HaveCount(3);

        var emailOnly = profile.WithPreferredChannels(Channel.Email);
        var sale = new CareEvent("s-2", Jan, CareEventKind.Sale, Now - Duration.FromHours(30));
        var moved = new CarePlanner().Plan(emailOnly, AllGranted(), [sale], Now).Items.Single(i => i.Activity == CareActivity.ThankYouCall);
        moved.Channel.Should().Be(Channel.Email);
        moved.Checks[0].Should().Be("channel e-mail instead of phone: the customer accepts outbound contact only on e-mail");
    }

    [Fact]
    public void Plan_FrequencyCapCountsEarlierItems_AndTreatmentActivitiesAreNotDoubled()
    {
        var profile = new ContactProfile(Jan, Warsaw);
        var events = new[]
        {
            new CareEvent("v-1", Jan, CareEventKind.VoicemailLeft, Now - Duration.FromHours(4)),
            new CareEvent("m-1", Jan, CareEventKind.InquiryWithoutPurchase, Now - Duration.FromDays(3)),
            new CareEvent("n-1", Jan, CareEventKind.ProductNews, Now - Duration.FromDays(1)),
        };
        var treatment = TreatmentRules.Default.Decide(new TreatmentFacts(Jan, ValueTier.MostValuable));

        var plan = new CarePlanner().Plan(profile, AllGranted(), events, Now, treatment);

        // Three time-bound phone calls asked for now; the default cap is 2 phone contacts in 7 days, so the third moves a
        // week on. The treatment's open-ended follow-up is asked for after the last time-bound contact.
        var calls = plan.Items.Where(i => i.Channel == Channel.Phone).ToDictionary(i => i.Activity);
        calls.Keys.Should().BeEquivalentTo(
            [CareActivity.PersonalContact, CareActivity.ProspectFollowUp, CareActivity.ProductNewsByManager, CareActivity.ValuableCustomerFollowUp]);
        calls[CareActivity.PersonalContact].Scheduled.Should().Be(Now);
        calls[CareActivity.ProspectFollowUp].Scheduled.Should().Be(Now);
        var news = calls[CareActivity.ProductNewsByManager];
        news.Status.Should().Be(CarePlanItemStatus.Moved);
        news.Scheduled.Should().Be(Now + Duration.FromDays(7));
        news.Checks[0].Should().Contain("at most 2 phone contacts");
        var follow = calls[CareActivity.ValuableCustomerFollowUp];
        follow.Requested.Should().Be(Now + Duration.FromDays(7), "open-ended activities come after the time-bound ones");
        follow.Status.Should().Be(CarePlanItemStatus.Scheduled);
        plan.Items.Count(i => i.Activity == CareActivity.ProductNewsByManager).Should().Be(1);
        plan.Items.Single(i => i.Activity == CareActivity.ProductNewsByManager).Rule.Should().Be("news-from-manager");
        plan.Items.Single(i => i.Activity == CareActivity.KeyAccountAlert).Reason.Should().Be("treatment most-valuable");
    }

    [Fact]
    public void BadInput_ThrowsNamingTheRule()
    {
        var ann = new CustomerId("c-2");
        var profile = new ContactProfile(Jan, Warsaw);
        var planner = new CarePlanner();
        var ledger = () => planner.Plan(profile, ConsentLedger.Empty(ann), [], Now);
        ledger.Should().Throw<ArgumentException>().WithMessage("consent must be the ledger of c-1; was the ledger of c-2. (Parameter 'consent')");
        var foreign = () => planner.Plan(profile, ConsentLedger.Empty(Jan), [new CareEvent("x-1", ann, CareEventKind.Sale, Now)], Now);
        foreign.Should().Throw<ArgumentException>().WithMessage("events must all be c-1's; event \"x-1\" is c-2's. (Parameter 'events')");
        var deadline = () => new CareRule("r", CareEventKind.Sale, CareActivity.ThankYouCall, Duration.FromDays(2), Duration.FromDays(1));
        deadline.Should().Throw<ArgumentOutOfRangeException>().WithMessage("deadline must be at least the delay (2:00:00:00)*");
        var twice = () => new CarePlanner(rules: [CareRules.Default[0], CareRules.Default[0]]);
        twice.Should().Throw<ArgumentException>().WithMessage("rules must have distinct names; \"thank-you-after-sale\" appears twice. (Parameter 'rules')");
    }
}
