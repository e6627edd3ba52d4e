using NodaTime;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Tests.Satisfaction;

public class SatisfactionRatingTests
{
    private static readonly string Nl = Environment.NewLine;
    private static readonly Instant Jan15 = Instant.FromUtc(2026, 1, 15, 10, 0);

    [Fact]
    public void Ctor_KeepsEveryProperty()
    {
        var rating = new SatisfactionRating(new CustomerId("c01"), 4, SatisfactionScale.FivePoint, Jan15, PurchaseCyclePhase.After);

        rating.Customer.Should().Be(new CustomerId("c01"));
        rating.Score.Should().Be(4);
        rating.Scale.Should().Be(SatisfactionScale.FivePoint);
        rating.RatedAt.Should().Be(Jan15);
        rating.Phase.Should().Be(PurchaseCyclePhase.After);
        rating.NormalizedScore.Should().Be(0.75);
        rating.ToString().Should().Be("c01 4 on 1-5 After at 2026-01-15T10:00:00Z");
    }

    [Fact]
    public void Ctor_ScoreOffScale_Throws()
    {
        var act = () => new SatisfactionRating(new CustomerId("c01"), 11, SatisfactionScale.ZeroToTen, Jan15, PurchaseCyclePhase.During);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"score must be in [0, 10] on the 0-10 scale; was 11. (Parameter 'score'){Nl}Actual value was 11.");
    }

    [Fact]
    public void Ctor_DefaultCustomer_Throws()
    {
        var act = () => new SatisfactionRating(default, 3, SatisfactionScale.FivePoint, Jan15, PurchaseCyclePhase.During);
        act.Should().Throw<ArgumentException>().WithMessage("customer must be set; was the default CustomerId. (Parameter 'customer')");
    }

    [Fact]
    public void Ctor_UndefinedPhase_Throws()
    {
        var act = () => new SatisfactionRating(new CustomerId("c01"), 3, SatisfactionScale.FivePoint, Jan15, (PurchaseCyclePhase)7);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"phase must be a defined PurchaseCyclePhase value; was 7. (Parameter 'phase'){Nl}Actual value was 7.");
    }

    [Fact]
    public void Equality_ComparesAllProperties()
    {
        var id = new CustomerId("c01");
        EqualityContract.Verify(
            new SatisfactionRating(id, 4, SatisfactionScale.FivePoint, Jan15, PurchaseCyclePhase.After),
            new SatisfactionRating(id, 4, SatisfactionScale.FivePoint, Jan15, PurchaseCyclePhase.After),
            new SatisfactionRating(new CustomerId("c02"), 4, SatisfactionScale.FivePoint, Jan15, PurchaseCyclePhase.After),
            new SatisfactionRating(id, 5, SatisfactionScale.FivePoint, Jan15, PurchaseCyclePhase.After),
            new SatisfactionRating(id, 4, SatisfactionScale.SevenPoint, Jan15, PurchaseCyclePhase.After),
            new SatisfactionRating(id, 4, SatisfactionScale.FivePoint, Jan15 + Duration.FromDays(1), PurchaseCyclePhase.After),
            new SatisfactionRating(id, 4, SatisfactionScale.FivePoint, Jan15, PurchaseCyclePhase.During));
    }
}
