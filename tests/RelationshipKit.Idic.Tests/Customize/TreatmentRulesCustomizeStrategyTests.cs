using NodaTime;
using NodaTime.Testing;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit.Idic.Tests.Customize;

public class TreatmentRulesCustomizeStrategyTests
{
    private static readonly Instant Now = Instant.FromUtc(2026, 6, 10, 17, 0);
    private static readonly CustomerId Jan = new("c-1");

    [Fact]
    public async Task CustomizeStage_RunsTheRules_AndTracesEveryRule()
    {
        var strategy = new TreatmentRulesCustomizeStrategy<string>(facts: a => TreatmentFacts.From(a.SoFar, lifecycleStage: "exploration", marketingConsent: true));
        var pipeline = new IdicPipelineBuilder<string> { Clock = new FakeClock(Now) }
            .AddDifferentiate(new DifferentiateStageOptions<string> { TierOf = _ => new(ValueTier.MostGrowable) })
            .AddCustomize(new CustomizeStageOptions<string> { Strategy = strategy })
            .Build();

        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, customer: Jan));

        result.Treatment!.Name.Should().Be("most-growable");
        result.Treatment.Actions.Should().Equal(
            "relationship-type:" + RelationshipKit.RelationshipTypes.RelationshipTypeInfo.For(
                RelationshipKit.RelationshipTypes.RelationshipTypeRecommender.Default.Recommend(default, ValueTier.MostGrowable).Type).Name,
            "offer:cross-sell", "care:other-products", "care:prospect-follow-up", "care:satisfaction-survey");
        var entry = result.Trace.Entries.Single(e => e.Stage == IdicStageKind.Customize);
        entry.Decision.Should().StartWith("treatment most-growable: ");
        entry.Basis.Should().Contain("fired most-growable: tier is MostGrowable; fired prospect: lifecycle stage is exploration");
        entry.Basis.Should().Contain("not fired below-zero: tier is MostGrowable, not BelowZero");
    }

    [Fact]
    public async Task CustomizeStage_DefaultFacts_ReadTheTierFromThePipeline()
    {
        var pipeline = new IdicPipelineBuilder<string> { Clock = new FakeClock(Now) }
            .AddDifferentiate(new DifferentiateStageOptions<string> { TierOf = _ => new(ValueTier.BelowZero) })
            .AddCustomize(new CustomizeStageOptions<string> { Strategy = new TreatmentRulesCustomizeStrategy<string>() })
            .Build();

        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, customer: Jan));

        result.Treatment!.Name.Should().Be("below-zero");
        result.Treatment.Reasons.Should().Contain("not evaluated every-customer: below-zero fired and ends the rules");
    }
}
