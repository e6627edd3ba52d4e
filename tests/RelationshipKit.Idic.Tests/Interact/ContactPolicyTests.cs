using NodaTime;
using NodaTime.Text;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Tests.Interact;

public class ContactPolicyTests
{
    private static readonly CustomerId Jan = new("c-1");
    private static readonly DateTimeZone Warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];

    private static Instant I(string text) => InstantPattern.ExtendedIso.Parse(text).Value;

    [Fact]
    public void Decide_DaytimeWithNoLimits_IsAllowed()
    {
        var decision = new ContactPolicy().Decide(new ContactProfile(Jan, Warsaw), Channel.Phone, I("2026-06-10T10:00:00Z"));
        decision.IsAllowed.Should().BeTrue();
        decision.Reasons.Should().BeEmpty();
        decision.ToString().Should().Be("phone contact allowed at 2026-06-10T10:00:00Z");
    }

    [Fact]
    public void Decide_QuietHoursInCustomersZone_NextAllowedAt8Local()
    {
        // 22:30 in Warsaw (CEST, UTC+2) is 20:30 UTC; quiet hours end at 08:00 local = 06:00 UTC.
        var decision = new ContactPolicy().Decide(new ContactProfile(Jan, Warsaw), Channel.Phone, I("2026-06-10T20:30:00Z"));
        decision.IsAllowed.Should().BeFalse();
        decision.NextAllowed.Should().Be(I("2026-06-11T06:00:00Z"));
        decision.Reasons.Select(r => r.ToString()).Should().Equal("quiet hours 21:00-08:00 (Europe/Warsaw) until 2026-06-11T06:00:00Z");
    }

    [Theory]
    // Warsaw springs forward on 2026-03-29 (02:00 -> 03:00) and falls back on 2026-10-25 (03:00 -> 02:00).
    [InlineData("Europe/Warsaw", "2026-03-28T23:00:00Z", "2026-03-29T06:00:00Z")] // 08:00 CEST, the first morning of summer time
    [InlineData("Europe/Warsaw", "2026-10-24T22:00:00Z", "2026-10-25T07:00:00Z")] // 08:00 CET, the first morning of winter time
    // New York springs forward on 2026-03-08 and falls back on 2026-11-01.
    [InlineData("America/New_York", "2026-03-08T03:00:00Z", "2026-03-08T12:00:00Z")] // 08:00 EDT
    [InlineData("America/New_York", "2026-11-01T03:00:00Z", "2026-11-01T13:00:00Z")] // 08:00 EST
    public void Decide_QuietHoursAcrossDst_EndAt8LocalAfterTheChange(string zone, string at, string next)
    {
        var profile = new ContactProfile(Jan, DateTimeZoneProviders.Tzdb[zone]);
        new ContactPolicy().Decide(profile, Channel.Phone, I(at)).NextAllowed.Should().Be(I(next));
    }

    [Fact]
    public void Decide_PreferredHoursStartingInDstGap_MoveForwardByTheGap()
    {
        // The customer prefers 02:30-04:00 (a night-shift worker); on 2026-03-29 in Warsaw 02:30 does not exist.
        var profile = new ContactProfile(Jan, Warsaw)
            .WithQuietHours(new DailyWindow(new LocalTime(12, 0), new LocalTime(13, 0)))
            .WithPreferredHours(new DailyWindow(new LocalTime(2, 30), new LocalTime(4, 0)));
        var decision = new ContactPolicy().Decide(profile, Channel.Phone, I("2026-03-28T12:00:00Z"));
        decision.NextAllowed.Should().Be(I("2026-03-29T01:30:00Z"), "02:30 in the gap resolves to 03:30 CEST = 01:30 UTC");
    }

    [Fact]
    public void Decide_FallBackOverlap_TakesTheEarlierInstant()
    {
        var profile = new ContactProfile(Jan, NewYork)
            .WithQuietHours(new DailyWindow(new LocalTime(12, 0), new LocalTime(13, 0)))
            .WithPreferredHours(new DailyWindow(new LocalTime(1, 30), new LocalTime(3, 0)));
        // 01:30 happens twice in New York on 2026-11-01: 05:30Z (EDT) and 06:30Z (EST).
        new ContactPolicy().Decide(profile, Channel.Phone, I("2026-10-31T20:00:00Z")).NextAllowed.Should().Be(I("2026-11-01T05:30:00Z"));
    }

    [Fact]
    public void Decide_SuppressionWindowFromCalendar_HoldsCallUntilTheMatchEnds()
    {
        var match = new SuppressionWindow(I("2026-06-10T16:00:00Z"), I("2026-06-10T18:00:00Z"), "Legia Warszawa match");
        var profile = new ContactProfile(Jan, Warsaw).WithSuppression(match);
        var decision = new ContactPolicy().Decide(profile, Channel.Phone, I("2026-06-10T17:00:00Z"));
        decision.NextAllowed.Should().Be(I("2026-06-10T18:00:00Z"));
        decision.ToString().Should().Be(
            "phone contact not allowed at 2026-06-10T17:00:00Z; next allowed 2026-06-10T18:00:00Z: suppressed: Legia Warszawa match until 2026-06-10T18:00:00Z");
    }

    [Fact]
    public void Decide_FrequencyCap_ReleasesWhenTheOldestContactLeavesTheWindow()
    {
        var profile = new ContactProfile(Jan, Warsaw)
            .WithContact(Channel.Phone, I("2026-06-05T10:00:00Z"))
            .WithContact(Channel.Phone, I("2026-06-08T10:00:00Z"))
            .WithContact(Channel.Email, I("2026-06-09T10:00:00Z"));
        var decision = new ContactPolicy().Decide(profile, Channel.Phone, I("2026-06-10T10:00:00Z"));
        decision.NextAllowed.Should().Be(I("2026-06-12T10:00:00Z"));
        decision.Reasons.Single().Text.Should().Be("at most 2 phone contacts per 7 days (2 made)");
        new ContactPolicy().Decide(profile, Channel.Email, I("2026-06-10T10:00:00Z")).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Decide_ServiceHoursAndQuietHoursTogether_FindTheFirstInstantBothAllow()
    {
        var options = new ContactPolicyOptions();
        options.ServiceHours[Channel.Phone] = ServiceHours.Weekdays(Warsaw, new LocalTime(9, 0), new LocalTime(18, 0));
        var policy = new ContactPolicy(options);
        // Friday 2026-06-12 19:00 local: closed; Saturday and Sunday closed; Monday 09:00 local = 07:00 UTC.
        var decision = policy.Decide(new ContactProfile(Jan, Warsaw), Channel.Phone, I("2026-06-12T17:00:00Z"));
        decision.NextAllowed.Should().Be(I("2026-06-15T07:00:00Z"));
        decision.Reasons.Select(r => r.Rule).Should().Equal(ContactRule.ServiceHours);
    }

    [Fact]
    public void Decide_ChannelTheCustomerDoesNotAccept_IsRefusedWithoutNextInstant()
    {
        var profile = new ContactProfile(Jan, Warsaw).WithPreferredChannels(Channel.Email, Channel.Sms);
        var decision = new ContactPolicy().Decide(profile, Channel.Phone, I("2026-06-10T10:00:00Z"));
        decision.NextAllowed.Should().BeNull();
        decision.ToString().Should().Be("phone contact not allowed: the customer accepts outbound contact only on e-mail, sms");
    }

    [Fact]
    public void Decide_SuppressedBeyondHorizon_ReportsNoAllowedTime()
    {
        var profile = new ContactProfile(Jan, Warsaw)
            .WithSuppression(new SuppressionWindow(I("2026-06-01T00:00:00Z"), I("2026-08-01T00:00:00Z"), "do not disturb: hospital stay"));
        var decision = new ContactPolicy().Decide(profile, Channel.Phone, I("2026-06-10T10:00:00Z"));
        decision.NextAllowed.Should().BeNull();
        decision.Reasons.Select(r => r.Rule).Should().Equal(ContactRule.Suppression, ContactRule.NoAllowedTime);
    }

    [Fact]
    public void Ctor_HotlineClosingAt18WithoutAlternative_Throws()
    {
        var options = new ContactPolicyOptions();
        options.ServiceLines.Add(new ServiceLine("hotline", Channel.Phone, ChannelCost.Local, ServiceHours.Weekdays(Warsaw, new LocalTime(8, 0), new LocalTime(18, 0))));
        var act = () => new ContactPolicy(options);
        act.Should().Throw<ArgumentException>().WithMessage(
            "ServiceLines must offer an alternative while 'hotline' is closed (it closes at 18:00); add an always-open line (callback request, e-mail, chat) or extend its hours. (Parameter 'options')");
    }

    [Fact]
    public void Ctor_InvalidOptions_Throw()
    {
        var act = () => new ContactPolicy(new ContactPolicyOptions { SearchHorizon = Duration.Zero });
        act.Should().Throw<ArgumentException>().WithMessage("SearchHorizon must be positive; was 0:00:00:00. (Parameter 'options')");
    }

    [Fact]
    public void RouteInbound_FreeLocalLineOpen_NeverOffersPaidLineAbroad()
    {
        var options = new ContactPolicyOptions();
        options.ServiceLines.Add(new ServiceLine("headquarters", Channel.Phone, ChannelCost.International));
        options.ServiceLines.Add(new ServiceLine("hotline-pl", Channel.Phone, ChannelCost.Free, ServiceHours.Weekdays(Warsaw, new LocalTime(8, 0), new LocalTime(20, 0)), ["PL"]));
        options.ServiceLines.Add(new ServiceLine("callback-form", Channel.Web, ChannelCost.Free));
        var policy = new ContactPolicy(options);
        var customer = new ContactProfile(Jan, Warsaw).WithRegion("pl");

        var daytime = policy.RouteInbound(customer, I("2026-06-10T10:00:00Z"));
        daytime.Line!.Name.Should().Be("hotline-pl");
        daytime.Alternatives.Select(l => l.Name).Should().Equal("callback-form");
        daytime.Reasons.Should().Equal("headquarters not offered: it costs the customer more (international) while hotline-pl is free");

        var night = policy.RouteInbound(customer, I("2026-06-10T21:00:00Z"));
        night.Line!.Name.Should().Be("callback-form", "the free always-open alternative beats the paid line abroad");
    }

    [Fact]
    public void PersonaliseFor_CustomersShortcuts_ComeFirst()
    {
        var menu = new IvrMenu([new IvrOption(1, "new orders", "sales"), new IvrOption(2, "billing", "billing"), new IvrOption(3, "delivery", "delivery")]);
        var profile = new ContactProfile(Jan, Warsaw).WithIvrShortcuts("delivery", "unknown-target");
        menu.PersonaliseFor(profile).ToString().Should().Be("1: delivery, 2: new orders, 3: billing");
        menu.PersonaliseFor(new ContactProfile(Jan, Warsaw)).Should().BeSameAs(menu);
    }

    [Fact]
    public void DailyWindow_ContainsAndEquality()
    {
        var quiet = new DailyWindow(new LocalTime(21, 0), new LocalTime(8, 0));
        quiet.Contains(new LocalTime(23, 0)).Should().BeTrue();
        quiet.Contains(new LocalTime(7, 59)).Should().BeTrue();
        quiet.Contains(new LocalTime(8, 0)).Should().BeFalse();
        EqualityContract.Verify(quiet, new DailyWindow(new LocalTime(21, 0), new LocalTime(8, 0)), new DailyWindow(new LocalTime(22, 0), new LocalTime(8, 0)));
        var act = () => new DailyWindow(new LocalTime(8, 0), new LocalTime(8, 0));
        act.Should().Throw<ArgumentException>().WithMessage("end must differ from start; both were 08:00:00. (Parameter 'end')");
    }
}
