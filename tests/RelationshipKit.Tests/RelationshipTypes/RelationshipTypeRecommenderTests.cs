using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Tests.RelationshipTypes;

public class RelationshipTypeRecommenderTests
{
    private static readonly CustomerNeeds KeyAccount = new()
    {
        HumanContact = HumanContact.NamedContact,
        Personalisation = AttributeLevel.High,
        OngoingRelationship = true,
    };

    [Fact]
    public void Recommend_LowValueLowNeeds_SelfService()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(CustomerNeeds.None, ValueTier.BelowZero);
        recommendation.Type.Should().Be(RelationshipType.SelfService);
        recommendation.MeetsAllNeeds.Should().BeTrue();
        recommendation.IsWithinBudget.Should().BeTrue();
        recommendation.MaximumCostToServe.Should().Be(AttributeLevel.Low);
        recommendation.RejectedCheaper.Should().BeEmpty();
        recommendation.Explanation.Should().Be(
            "The cheapest offered type that meets every need within the budget of a below-zero (BZ) customer is self-service (cost to serve low; at most low is justified).");
    }

    [Fact]
    public void Recommend_LowValueWantingRecognition_AutomatedServices()
    {
        var needs = new CustomerNeeds { Personalisation = AttributeLevel.Medium };
        var recommendation = RelationshipTypeRecommender.Default.Recommend(needs, ValueTier.BelowZero);
        recommendation.Type.Should().Be(RelationshipType.AutomatedServices);
        recommendation.Needs.Should().Be(needs);
        recommendation.Tier.Should().Be(ValueTier.BelowZero);
        recommendation.RejectedCheaper.Select(a => a.ToString()).Should().Equal(
            "self-service: personalisation is none but medium is needed",
            "transactional: personalisation is none but medium is needed");
    }

    [Fact]
    public void Recommend_B2BKeyAccountNeedingNamedContact_DedicatedPersonalAssistance()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(KeyAccount, ValueTier.MostValuable);
        recommendation.Type.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        recommendation.Recommended.Should().BeSameAs(RelationshipTypeInfo.For(RelationshipType.DedicatedPersonalAssistance));
        recommendation.MeetsAllNeeds.Should().BeTrue();
        recommendation.IsWithinBudget.Should().BeTrue();
        recommendation.RejectedCheaper.Select(a => (a.Info.Type, a.UnmetNeeds.Count)).Should().Equal(
            (RelationshipType.SelfService, 3),
            (RelationshipType.Transactional, 3),
            (RelationshipType.AutomatedServices, 2),
            (RelationshipType.Communities, 2),
            (RelationshipType.CoCreation, 2),
            (RelationshipType.PersonalAssistance, 3),
            (RelationshipType.LongTerm, 1));
        recommendation.RejectedCheaper[^1].UnmetNeeds.Should().Equal(CustomerNeed.HumanContact);
        recommendation.Explanation.Should().Be(
            "The cheapest offered type that meets every need within the budget of a most valuable (MVC) customer is dedicated-personal-assistance (cost to serve very high; at most very high is justified). "
            + "Cheaper types were rejected: "
            + "self-service offers no human contact but a named contact is needed, personalisation is none but high is needed, does not sustain an ongoing relationship; "
            + "transactional offers human contact only on request but a named contact is needed, personalisation is none but high is needed, does not sustain an ongoing relationship; "
            + "automated-services offers no human contact but a named contact is needed, personalisation is medium but high is needed; "
            + "communities offers no human contact but a named contact is needed, personalisation is low but high is needed; "
            + "co-creation offers no human contact but a named contact is needed, personalisation is medium but high is needed; "
            + "personal-assistance offers human contact only on request but a named contact is needed, personalisation is medium but high is needed, does not sustain an ongoing relationship; "
            + "long-term offers human contact only on request but a named contact is needed.");
        recommendation.ToString().Should().Be(recommendation.Explanation);
    }

    [Fact]
    public void Recommend_KeyAccountNeedsOfAStandardCustomer_StillDedicatedButOverBudget()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(KeyAccount, ValueTier.Standard);
        recommendation.Type.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        recommendation.MeetsAllNeeds.Should().BeTrue();
        recommendation.IsWithinBudget.Should().BeFalse();
        recommendation.Ranked[0].Reasons.Should().Equal("costs very high to serve, above the medium a standard customer justifies");
        recommendation.Explanation.Should().StartWith(
            "The cheapest offered type that meets every need is dedicated-personal-assistance, but it costs very high to serve, above the medium a standard customer justifies: serving these needs costs more than the customer's value, so weigh serving them anyway against offering less. Cheaper types were rejected: self-service offers no human contact");
    }

    [Fact]
    public void Recommend_MostValuableWithNoStatedNeeds_DedicatedPersonalAssistance()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(CustomerNeeds.None, ValueTier.MostValuable);

        recommendation.Type.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        recommendation.Rule.Should().Be(RecommendationRule.MostValuableCustomer);
        recommendation.IsWithinBudget.Should().BeTrue();
        recommendation.Budget.Should().BeNull();
        recommendation.Ranked[1].Info.Type.Should().Be(RelationshipType.SelfService);
        recommendation.Explanation.Should().Be(
            "A most valuable (MVC) customer is offered dedicated-personal-assistance: a named representative, as private banks give high-net-worth clients and key accounts get a key-account manager; "
            + "its cost to serve (very high) is within the very high a most valuable (MVC) customer justifies. On needs alone, self-service would do (cost to serve low).");
    }

    [Theory]
    [InlineData(HumanContact.OnRequest, AttributeLevel.None, false)]
    [InlineData(HumanContact.OnRequest, AttributeLevel.Medium, false)]
    [InlineData(HumanContact.OnRequest, AttributeLevel.Low, true)]
    [InlineData(HumanContact.None, AttributeLevel.Medium, true)]
    [InlineData(HumanContact.None, AttributeLevel.High, false)]
    public void Recommend_MostValuable_DedicatedWhateverTheNeedsItMeets(HumanContact contact, AttributeLevel personalisation, bool ongoing)
    {
        var needs = new CustomerNeeds { HumanContact = contact, Personalisation = personalisation, OngoingRelationship = ongoing };
        var recommendation = RelationshipTypeRecommender.Default.Recommend(needs, ValueTier.MostValuable);
        recommendation.Type.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        recommendation.Rule.Should().Be(RecommendationRule.MostValuableCustomer);
        recommendation.MeetsAllNeeds.Should().BeTrue();
    }

    [Fact]
    public void Recommend_MostValuableWhoseNeedsPickDedicated_IsDecidedByTheNeeds()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(KeyAccount, ValueTier.MostValuable);
        recommendation.Type.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        recommendation.Rule.Should().Be(RecommendationRule.CheapestWithinBudget);
    }

    [Fact]
    public void Recommend_MostValuableButTheBudgetForbids_CheapestWithinTheBudget()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(CustomerNeeds.None, ValueTier.MostValuable, AttributeLevel.Medium);

        recommendation.Type.Should().Be(RelationshipType.SelfService);
        recommendation.Rule.Should().Be(RecommendationRule.CheapestWithinBudget);
        recommendation.Budget.Should().Be(AttributeLevel.Medium);
        recommendation.MaximumCostToServe.Should().Be(AttributeLevel.Medium);
        recommendation.Explanation.Should().Be(
            "The cheapest offered type that meets every need within the budget given (medium) is self-service (cost to serve low; at most medium is justified). "
            + "The most-valuable-customer rule did not apply: the budget given (medium) forbids dedicated-personal-assistance (cost to serve very high).");
    }

    [Fact]
    public void Recommend_MostValuableNeedingACommunity_NeedsComeFirst()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(new CustomerNeeds { PeerCommunity = true }, ValueTier.MostValuable);
        recommendation.Type.Should().Be(RelationshipType.Communities);
        recommendation.Explanation.Should().EndWith(
            "The most-valuable-customer rule did not apply: dedicated-personal-assistance leaves more needs unmet (offers no peer community).");
    }

    [Fact]
    public void Recommend_MostValuableWhenDedicatedIsNotOffered_SaysSo()
    {
        var recommender = new RelationshipTypeRecommender([RelationshipType.SelfService, RelationshipType.PersonalAssistance]);
        var recommendation = recommender.Recommend(CustomerNeeds.None, ValueTier.MostValuable);
        recommendation.Type.Should().Be(RelationshipType.SelfService);
        recommendation.Explanation.Should().EndWith("The most-valuable-customer rule did not apply: dedicated-personal-assistance is not offered.");
    }

    [Fact]
    public void Recommend_BudgetGiven_ReplacesTheTiersBudget()
    {
        var generous = RelationshipTypeRecommender.Default.Recommend(KeyAccount, ValueTier.Standard, AttributeLevel.VeryHigh);
        generous.IsWithinBudget.Should().BeTrue();
        generous.Explanation.Should().StartWith(
            "The cheapest offered type that meets every need within the budget given (very high) is dedicated-personal-assistance (cost to serve very high; at most very high is justified).");

        var tight = RelationshipTypeRecommender.Default.Recommend(KeyAccount, ValueTier.MostValuable, AttributeLevel.High);
        tight.Type.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        tight.Rule.Should().Be(RecommendationRule.NeedsOverBudget);
        tight.Ranked[0].Reasons.Should().Equal("costs very high to serve, above the budget given (high)");
        tight.Explanation.Should().StartWith(
            "The cheapest offered type that meets every need is dedicated-personal-assistance, but it costs very high to serve, above the budget given (high): serving these needs costs more than the budget allows, so weigh serving them anyway against offering less.");
    }

    [Fact]
    public void Recommend_UndefinedBudget_Throws()
    {
        var act = () => RelationshipTypeRecommender.Default.Recommend(CustomerNeeds.None, ValueTier.Standard, (AttributeLevel)9);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"budget must be a defined AttributeLevel value; was 9. (Parameter 'budget'){Environment.NewLine}Actual value was 9.");
    }

    [Fact]
    public void Recommend_UndefinedTierWithBudget_Throws()
    {
        var act = () => RelationshipTypeRecommender.Default.Recommend(CustomerNeeds.None, (ValueTier)9, AttributeLevel.Low);
        act.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("tier");
    }

    [Fact]
    public void Recommend_PeerCommunity_Communities()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(new CustomerNeeds { PeerCommunity = true }, ValueTier.Standard);
        recommendation.Type.Should().Be(RelationshipType.Communities);
        recommendation.RejectedCheaper.Should().OnlyContain(a => a.UnmetNeeds.SequenceEqual(new[] { CustomerNeed.PeerCommunity }));
    }

    [Fact]
    public void Recommend_CoCreation_CoCreation()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(new CustomerNeeds { CoCreation = true, OngoingRelationship = true }, ValueTier.MostGrowable);
        recommendation.Type.Should().Be(RelationshipType.CoCreation);
        recommendation.MaximumCostToServe.Should().Be(AttributeLevel.High);
    }

    [Fact]
    public void Recommend_NoTypeMeetsEveryNeed_FewestUnmetAndSays()
    {
        var needs = new CustomerNeeds { PeerCommunity = true, HumanContact = HumanContact.OnRequest };
        var recommendation = RelationshipTypeRecommender.Default.Recommend(needs, ValueTier.Standard);
        recommendation.MeetsAllNeeds.Should().BeFalse();
        recommendation.IsWithinBudget.Should().BeTrue();
        recommendation.Type.Should().Be(RelationshipType.Transactional);
        recommendation.Rule.Should().Be(RecommendationRule.FewestUnmetNeeds);
        recommendation.Explanation.Should().Be(
            "No offered type meets every need; transactional leaves the fewest unmet (offers no peer community) within the budget of a standard customer. "
            + "Cheaper types were rejected: self-service offers no human contact but human contact on request is needed, offers no peer community.");
    }

    [Fact]
    public void Recommend_OfferedSubset_ChoosesAmongOffered()
    {
        var recommender = new RelationshipTypeRecommender([RelationshipType.DedicatedPersonalAssistance, RelationshipType.PersonalAssistance]);
        recommender.Offered.Select(i => i.Type).Should().Equal(RelationshipType.PersonalAssistance, RelationshipType.DedicatedPersonalAssistance);
        var recommendation = recommender.Recommend(CustomerNeeds.None, ValueTier.BelowZero);
        recommendation.Type.Should().Be(RelationshipType.PersonalAssistance);
        recommendation.IsWithinBudget.Should().BeFalse();
        recommendation.Ranked.Select(a => a.Info.Type).Should().Equal(RelationshipType.PersonalAssistance, RelationshipType.DedicatedPersonalAssistance);
        recommendation.Explanation.Should().Be(
            "The cheapest offered type that meets every need is personal-assistance, but it costs medium to serve, above the low a below-zero (BZ) customer justifies: serving these needs costs more than the customer's value, so weigh serving them anyway against offering less.");
    }

    [Fact]
    public void Recommend_Ranked_FewestUnmetThenBudgetThenCost()
    {
        var recommendation = RelationshipTypeRecommender.Default.Recommend(new CustomerNeeds { HumanContact = HumanContact.OnRequest, OngoingRelationship = true }, ValueTier.Standard);
        recommendation.Ranked.Select(a => (a.Info.Type, a.UnmetNeeds.Count, a.IsWithinBudget)).Should().Equal(
            (RelationshipType.LongTerm, 0, false),
            (RelationshipType.DedicatedPersonalAssistance, 0, false),
            (RelationshipType.Transactional, 1, true),
            (RelationshipType.AutomatedServices, 1, true),
            (RelationshipType.Communities, 1, true),
            (RelationshipType.CoCreation, 1, true),
            (RelationshipType.PersonalAssistance, 1, true),
            (RelationshipType.SelfService, 2, true));
    }

    [Theory]
    [InlineData(ValueTier.BelowZero, AttributeLevel.Low)]
    [InlineData(ValueTier.Standard, AttributeLevel.Medium)]
    [InlineData(ValueTier.MostGrowable, AttributeLevel.High)]
    [InlineData(ValueTier.MostValuable, AttributeLevel.VeryHigh)]
    public void MaximumCostToServe_PerTier(ValueTier tier, AttributeLevel expected)
    {
        RelationshipTypeRecommender.MaximumCostToServe(tier).Should().Be(expected);
    }

    [Fact]
    public void MaximumCostToServe_UndefinedTier_Throws()
    {
        var act = () => RelationshipTypeRecommender.MaximumCostToServe((ValueTier)4);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"tier must be a defined ValueTier value; was 4. (Parameter 'tier'){Environment.NewLine}Actual value was 4.");
    }

    [Fact]
    public void Recommend_UndefinedTier_Throws()
    {
        var act = () => RelationshipTypeRecommender.Default.Recommend(CustomerNeeds.None, (ValueTier)(-1));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"tier must be a defined ValueTier value; was -1. (Parameter 'tier'){Environment.NewLine}Actual value was -1.");
    }

    [Fact]
    public void Ctor_Null_Throws()
    {
        var act = () => new RelationshipTypeRecommender(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("offered");
    }

    [Fact]
    public void Ctor_Empty_Throws()
    {
        var act = () => new RelationshipTypeRecommender([]);
        act.Should().Throw<ArgumentException>().WithMessage("offered must name at least one relationship type. (Parameter 'offered')");
    }

    [Fact]
    public void Ctor_Duplicate_Throws()
    {
        var act = () => new RelationshipTypeRecommender([RelationshipType.SelfService, RelationshipType.Communities, RelationshipType.SelfService]);
        act.Should().Throw<ArgumentException>().WithMessage("offered must name each relationship type once; SelfService appears twice. (Parameter 'offered')");
    }

    [Fact]
    public void Ctor_Undefined_Throws()
    {
        var act = () => new RelationshipTypeRecommender([RelationshipType.SelfService, (RelationshipType)12]);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"offered must contain only defined RelationshipType values; was 12. (Parameter 'offered'){Environment.NewLine}Actual value was 12.");
    }

    [Fact]
    public void Default_OffersAllEight()
    {
        RelationshipTypeRecommender.Default.Offered.Should().Equal(RelationshipTypeInfo.All);
    }
}
