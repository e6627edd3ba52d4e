using RelationshipKit.Idic.Matching;

namespace RelationshipKit.Idic.Tests.Matching;

public class ConsultantMatcherTests
{
    private static readonly CustomerId Jan = new("c-1");

    private static Consultant[] Roster() =>
    [
        new("ewa", ["pl", "en"], CommunicationStyle.Analytical, ["billing", "complaints"], AgeBand.From45To59, openCases: 2, capacity: 8),
        new("piotr", ["pl"], CommunicationStyle.Expressive, ["billing"], AgeBand.Under30, openCases: 0, capacity: 8),
        new("olga", ["ru", "pl"], CommunicationStyle.Analytical, ["complaints"], AgeBand.From60, openCases: 7, capacity: 8, isDedicatedAdviser: true),
        new("john", ["en"], CommunicationStyle.Analytical, ["billing", "complaints"], capacity: 8),
        new("marta", ["pl"], CommunicationStyle.Analytical, ["billing", "complaints"], openCases: 8, capacity: 8),
        new("adam", ["pl"], CommunicationStyle.Analytical, ["billing", "complaints"], capacity: 8, isAvailable: false),
    ];

    [Fact]
    public void Match_BestScore_ExplainedTermByTerm()
    {
        var request = new MatchRequest(Jan, "pl", CommunicationStyle.Analytical, requiredSkills: ["billing", "complaints"]);

        var match = new ConsultantMatcher().Match(request, Roster());

        match.Rule.Should().Be(MatchRule.BestScore);
        match.Chosen!.Consultant.Id.Should().Be("ewa");
        // ewa: style 3 x 1 + skills 4 x 1 + load 2 x 0.75 = 8.5 of 9.
        match.Chosen.Total.Should().BeApproximately(8.5 / 9, 1e-12);
        match.Chosen.ToString().Should().Be(
            "ewa 0.94 = (style 3 × 1 (both analytical) + skills 4 × 1 (has billing, complaints) + load 2 × 0.75 (2 of 8 cases)) / 9; age-band not scored (weight 0: the application does not match on age)");
        match.Ranked.Select(s => s.Consultant.Id).Should().Equal("ewa", "olga", "piotr");
        // olga: 3 x 1 + 4 x 0.5 + 2 x 0.125 = 5.25 of 9; piotr: 3 x 0 + 4 x 0.5 + 2 x 1 = 4 of 9.
        match.Ranked[1].Total.Should().BeApproximately(5.25 / 9, 1e-12);
        match.Ranked[2].Terms[0].ToString().Should().Be("style 3 × 0 (analytical with expressive, same-style)");
        match.Excluded.Select(s => s.ToString()).Should().Equal(
            "adam not considered: not available",
            "john not considered: does not speak pl (speaks en)",
            "marta not considered: at capacity (8 of 8 cases)");
        match.Explanation.Should().StartWith("ewa has the best score for c-1; next olga 0.58. ewa 0.94 = ");
    }

    [Fact]
    public void Match_SocialStyles_GradeNeighbouringStyles()
    {
        var options = new ConsultantMatchingOptions { StyleCompatibility = StyleCompatibility.SocialStyles };
        var request = new MatchRequest(Jan, "pl", CommunicationStyle.Driver);

        var match = new ConsultantMatcher(options).Match(request, Roster());

        var piotr = match.Ranked.Single(s => s.Consultant.Id == "piotr");
        piotr.Terms[0].ToString().Should().Be("style 3 × 0.5 (driver with expressive, social-styles)");
        piotr.Terms[1].IsScored.Should().BeFalse();
        // Without skills: piotr (3 x 0.5 + 2 x 1) / 5 = 0.7 beats ewa (3 x 0.5 + 2 x 0.75) / 5 = 0.6.
        match.Chosen!.Consultant.Id.Should().Be("piotr");
        match.Chosen.Total.Should().BeApproximately(0.7, 1e-12);
    }

    [Fact]
    public void Match_AgeBandWeightSetByTheApplication_OlderCustomerGetsAPeer()
    {
        var request = new MatchRequest(Jan, "pl", CommunicationStyle.Analytical, AgeBand.From60, ["complaints"]);
        var withoutAge = new ConsultantMatcher().Match(request, Roster());
        var options = new ConsultantMatchingOptions { AgeBandWeight = 6 };
        var withAge = new ConsultantMatcher(options).Match(request, Roster());

        withoutAge.Chosen!.Consultant.Id.Should().Be("ewa");
        // ewa: (3 + 4 + 1.5 + 6 x 0.5) / 15 = 0.7667; olga: (3 + 4 + 0.25 + 6 x 1) / 15 = 0.8833.
        withAge.Chosen!.Consultant.Id.Should().Be("olga");
        withAge.Chosen.Terms[3].ToString().Should().Be("age-band 6 × 1 (both 60+)");
        withAge.Ranked.Single(s => s.Consultant.Id == "ewa").Terms[3].ToString().Should().Be("age-band 6 × 0.5 (60+ with 45-59)");

        var younger = new MatchRequest(Jan, "pl", CommunicationStyle.Analytical, AgeBand.From30To44, ["complaints"]);
        new ConsultantMatcher(options).Match(younger, Roster()).Chosen!.Terms[3].ToString().Should().Be("age-band not scored (applies to customers of 60 and over)");
    }

    [Fact]
    public void Match_DedicatedAdviser_AvailableOrCallbackOffered()
    {
        var own = new MatchRequest(Jan, "pl", CommunicationStyle.Expressive, tier: ValueTier.MostValuable, dedicatedAdviser: "olga");
        var served = new ConsultantMatcher().Match(own, Roster());
        served.Rule.Should().Be(MatchRule.DedicatedAdviser);
        served.Chosen!.Consultant.Id.Should().Be("olga");
        served.Explanation.Should().StartWith("c-1 is served by his dedicated adviser olga: olga ");

        var busy = new MatchRequest(Jan, "pl", tier: ValueTier.MostValuable, dedicatedAdviser: "marta");
        var callback = new ConsultantMatcher().Match(busy, Roster());
        callback.Rule.Should().Be(MatchRule.DedicatedAdviserUnavailable);
        callback.CallbackFromAdviser.Should().Be("marta");
        callback.Chosen!.Consultant.Id.Should().Be("piotr");
        callback.Explanation.Should().StartWith("c-1's dedicated adviser marta at capacity (8 of 8 cases): piotr serves him now and marta should call him back.");
    }

    [Fact]
    public void Match_TopTierWithoutAdviser_AssignsTheBestAvailableAdviser()
    {
        var request = new MatchRequest(Jan, "pl", CommunicationStyle.Analytical, requiredSkills: ["billing"], tier: ValueTier.MostValuable);

        var match = new ConsultantMatcher().Match(request, Roster());

        match.Rule.Should().Be(MatchRule.AssignDedicatedAdviser);
        match.Chosen!.Consultant.Id.Should().Be("olga", "ewa scores higher but is not a dedicated adviser");
        match.Explanation.Should().StartWith("c-1 (MostValuable) has no dedicated adviser: assign olga, the best available adviser.");

        var standard = new MatchRequest(Jan, "pl", CommunicationStyle.Analytical, requiredSkills: ["billing"], tier: ValueTier.Standard);
        new ConsultantMatcher().Match(standard, Roster()).Chosen!.Consultant.Id.Should().Be("ewa");
    }

    [Fact]
    public void Match_NobodySpeaksTheLanguage_NoConsultantWithReasons()
    {
        var match = new ConsultantMatcher().Match(new MatchRequest(Jan, "de"), Roster());

        match.Rule.Should().Be(MatchRule.NoConsultant);
        match.Chosen.Should().BeNull();
        match.Ranked.Should().BeEmpty();
        match.Explanation.Should().StartWith("No consultant can serve c-1 (unknown tier) in de: adam not considered: does not speak de (speaks pl); ");
    }

    [Fact]
    public void Match_TieOnScore_LighterLoadThenId()
    {
        Consultant[] twins = [new("b", ["pl"], capacity: 4, openCases: 1), new("a", ["pl"], capacity: 8, openCases: 2), new("c", ["pl"], capacity: 4, openCases: 1)];
        var options = new ConsultantMatchingOptions { LoadWeight = 0 };
        new ConsultantMatcher(options).Match(new MatchRequest(Jan, "pl", requiredSkills: ["x"]), twins).Ranked.Select(s => s.Consultant.Id).Should().Equal("a", "b", "c");
    }

    [Fact]
    public void BadInput_ThrowsNamingTheRule()
    {
        var weight = () => new ConsultantMatcher(new ConsultantMatchingOptions { SkillsWeight = double.NaN });
        weight.Should().Throw<ArgumentException>().WithMessage("SkillsWeight must be finite and 0 or more; was NaN. (Parameter 'options')");
        var none = () => new ConsultantMatcher(new ConsultantMatchingOptions { StyleWeight = 0, SkillsWeight = 0, LoadWeight = 0 });
        none.Should().Throw<ArgumentException>().WithMessage("StyleWeight + SkillsWeight + LoadWeight + AgeBandWeight must be above 0; was 0. (Parameter 'options')");
        var language = () => new Consultant("x", ["polish"]);
        language.Should().Throw<ArgumentException>().WithMessage("languages must hold ISO 639-1 language codes (two letters, such as pl); was \"polish\". (Parameter 'languages')");
        var twice = () => new ConsultantMatcher().Match(new MatchRequest(Jan, "pl"), [new Consultant("x", ["pl"]), new Consultant("x", ["en"])]);
        twice.Should().Throw<ArgumentException>().WithMessage("consultants must have distinct ids; \"x\" appears twice. (Parameter 'consultants')");
        var pair = () => new StyleCompatibility("mine", [(CommunicationStyle.Driver, CommunicationStyle.Amiable, 1.5)]);
        pair.Should().Throw<ArgumentOutOfRangeException>().WithMessage("pairs must hold scores in [0, 1]; the score of driver and amiable is out of range; was 1.5.*");
        AgeBands.Of(60).Should().Be(AgeBand.From60);
        AgeBands.Of(29).Should().Be(AgeBand.Under30);
        var age = () => AgeBands.Of(-1);
        age.Should().Throw<ArgumentOutOfRangeException>().WithMessage("age must be in [0, 130]; was -1.*");
    }
}
