using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/concepts/relationship-types.md, compiled and checked here.</summary>
public class RelationshipTypeSnippets
{
    [Fact]
    public void KeyAccount()
    {
        #region relationship-types-key-account
        var keyAccount = new CustomerNeeds
        {
            HumanContact = HumanContact.NamedContact,
            Personalisation = AttributeLevel.High,
            OngoingRelationship = true,
        };
        var recommendation = RelationshipTypeRecommender.Default.Recommend(
            keyAccount, ValueTier.MostValuable);

        var type = recommendation.Type;
        // DedicatedPersonalAssistance
        var longTerm = recommendation.RejectedCheaper[^1].Reasons;
        // ["offers human contact only on request but a named contact is needed"]
        var why = recommendation.Explanation;
        // names each cheaper type and why it falls short
        #endregion

        type.Should().Be(RelationshipType.DedicatedPersonalAssistance);
        longTerm.Should().Equal("offers human contact only on request but a named contact is needed");
        why.Should().StartWith("The cheapest offered type that meets every need within the budget of a most valuable (MVC) customer is dedicated-personal-assistance")
            .And.EndWith("long-term offers human contact only on request but a named contact is needed.");
        recommendation.MeetsAllNeeds.Should().BeTrue();
        recommendation.IsWithinBudget.Should().BeTrue();
    }

    [Fact]
    public void LowValue()
    {
        #region relationship-types-low-value
        var occasionalBuyer = RelationshipTypeRecommender.Default.Recommend(
            CustomerNeeds.None, ValueTier.BelowZero);
        // SelfService: "The cheapest offered type that meets every need within
        // the budget of a below-zero (BZ) customer is self-service (cost to
        // serve low; at most low is justified)."

        var wantsRecognition = new CustomerNeeds
        {
            Personalisation = AttributeLevel.Medium,
        };
        var recognised = RelationshipTypeRecommender.Default.Recommend(
            wantsRecognition, ValueTier.BelowZero);
        // AutomatedServices: self-service and transactional offer no
        // personalisation
        #endregion

        occasionalBuyer.Type.Should().Be(RelationshipType.SelfService);
        occasionalBuyer.Explanation.Should().Be(
            "The cheapest offered type that meets every need within the budget of a below-zero (BZ) customer is self-service (cost to serve low; at most low is justified).");
        recognised.Type.Should().Be(RelationshipType.AutomatedServices);
        recognised.RejectedCheaper.Select(a => a.Info.Type).Should().Equal(RelationshipType.SelfService, RelationshipType.Transactional);
    }

    [Fact]
    public void OverBudget()
    {
        #region relationship-types-over-budget
        var needs = new CustomerNeeds
        {
            HumanContact = HumanContact.OnRequest,
            OngoingRelationship = true,
        };
        var standard = RelationshipTypeRecommender.Default.Recommend(
            needs, ValueTier.Standard);

        var type = standard.Type;
        // LongTerm: the cheapest type that meets both needs
        var affordable = standard.IsWithinBudget;
        // false: it costs high to serve; a standard customer justifies medium
        #endregion

        type.Should().Be(RelationshipType.LongTerm);
        affordable.Should().BeFalse();
        standard.MeetsAllNeeds.Should().BeTrue();
    }

    [Fact]
    public void Offered()
    {
        #region relationship-types-offered
        // A company that runs only a help centre, a call centre and key-account
        // managers.
        var recommender = new RelationshipTypeRecommender(
        [
            RelationshipType.SelfService,
            RelationshipType.PersonalAssistance,
            RelationshipType.DedicatedPersonalAssistance,
        ]);
        var wantsCommunity = recommender.Recommend(
            new CustomerNeeds { PeerCommunity = true }, ValueTier.Standard);

        var type = wantsCommunity.Type;
        // SelfService: nothing offered meets the need; fewest unmet, cheapest
        var clean = wantsCommunity.MeetsAllNeeds;
        // false
        #endregion

        type.Should().Be(RelationshipType.SelfService);
        clean.Should().BeFalse();
    }

    [Fact]
    public void Catalogue()
    {
        #region relationship-types-catalogue
        // Cheapest to serve first:
        var lines = RelationshipTypeInfo.All
            .Select(info =>
                $"{info.CostRank}. {info.Name}: human {info.HumanInvolvement}, " +
                $"personalisation {info.Personalisation}, cost {info.CostToServe}")
            .ToList();
        // 1. self-service: human None, personalisation None, cost Low
        // ...
        // 8. dedicated-personal-assistance: human VeryHigh,
        //    personalisation VeryHigh, cost VeryHigh
        #endregion

        lines[0].Should().Be("1. self-service: human None, personalisation None, cost Low");
        lines[^1].Should().Be("8. dedicated-personal-assistance: human VeryHigh, personalisation VeryHigh, cost VeryHigh");
    }

    [Fact]
    public void DefaultsTable_OnThePage_MatchesTheCatalogue()
    {
        var page = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "concepts", "relationship-types.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var info in RelationshipTypeInfo.All)
        {
            var row = $"| {info.CostRank} | {info.Name} | {Level(info.HumanInvolvement)} | {Level(info.Personalisation)} | {Level(info.CostToServe)} | {Contact(info.HumanContact)} | {YesNo(info.OngoingRelationship)} | {YesNo(info.PeerCommunity)} | {YesNo(info.CoCreation)} | {info.Example} |";
            page.Should().Contain(row);
        }

        foreach (var tier in Enum.GetValues<ValueTier>())
        {
            page.Should().Contain($"| `{tier}` ").And.Contain($" | {Level(RelationshipTypeRecommender.MaximumCostToServe(tier))} |");
        }
    }

    private static string Level(AttributeLevel level) => level == AttributeLevel.VeryHigh ? "very high" : level.ToString().ToLowerInvariant();

    private static string Contact(HumanContact contact) => contact switch
    {
        HumanContact.OnRequest => "on request",
        HumanContact.NamedContact => "named contact",
        _ => "none",
    };

    private static string YesNo(bool value) => value ? "yes" : "no";
}
