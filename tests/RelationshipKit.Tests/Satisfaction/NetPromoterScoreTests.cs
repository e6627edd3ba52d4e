using RelationshipKit.Satisfaction;

namespace RelationshipKit.Tests.Satisfaction;

public class NetPromoterScoreTests
{
    private static readonly string Nl = Environment.NewLine;

    [Fact]
    public void Compute_PromotersMinusDetractors()
    {
        // Five promoters, three passives, two detractors out of ten: 50 % - 20 % = +30.
        var nps = NetPromoterScore.Compute(Ratings.Scores(SatisfactionScale.ZeroToTen, 9, 10, 9, 10, 9, 7, 8, 7, 6, 0));

        nps.Promoters.Should().Be(5);
        nps.Passives.Should().Be(3);
        nps.Detractors.Should().Be(2);
        nps.RatingCount.Should().Be(10);
        nps.Value.Should().Be(30.0);
        nps.ToString().Should().Be("NPS +30 (5 promoters, 3 passives, 2 detractors)");
    }

    [Fact]
    public void Compute_AllDetractors_IsMinusHundred() =>
        NetPromoterScore.Compute([0, 3, 6]).Value.Should().Be(-100.0);

    [Fact]
    public void Compute_NoAnswers_HasNoValue()
    {
        var nps = NetPromoterScore.Compute(Array.Empty<int>());
        nps.HasValue.Should().BeFalse();
        nps.Value.Should().BeNull();
        nps.ToString().Should().Be("NPS unknown (no answers)");
    }

    [Theory]
    [InlineData(0, NpsCategory.Detractor)]
    [InlineData(6, NpsCategory.Detractor)]
    [InlineData(7, NpsCategory.Passive)]
    [InlineData(8, NpsCategory.Passive)]
    [InlineData(9, NpsCategory.Promoter)]
    [InlineData(10, NpsCategory.Promoter)]
    public void Categorize_UsesReichheldsCutOffs(int score, NpsCategory expected) =>
        NetPromoterScore.Categorize(score).Should().Be(expected);

    [Fact]
    public void Categorize_OffScale_Throws()
    {
        var act = () => NetPromoterScore.Categorize(11);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"score must be in [0, 10] on the 0-10 scale; was 11. (Parameter 'score'){Nl}Actual value was 11.");
    }

    [Fact]
    public void Compute_RatingNotOnZeroToTen_Throws()
    {
        var act = () => NetPromoterScore.Compute([Ratings.At("a", 0, 9, SatisfactionScale.ZeroToTen), Ratings.At("b", 0, 5)]);
        act.Should().Throw<ArgumentException>()
            .WithMessage("ratings must be on the 0-10 scale of the recommend question for NPS; ratings[1] is on 1-5. (Parameter 'ratings')");
    }

    [Fact]
    public void Compute_AnswerOffScale_Throws()
    {
        var act = () => NetPromoterScore.Compute([10, -1]);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"scores[1] must be in [0, 10] on the 0-10 scale; was -1. (Parameter 'scores[1]'){Nl}Actual value was -1.");
    }

    [Fact]
    public void Equality_ComparesCounts() =>
        EqualityContract.Verify(NetPromoterScore.Compute([9, 7, 0]), NetPromoterScore.Compute([0, 8, 10]), NetPromoterScore.Compute([9, 9, 0]), NetPromoterScore.Compute([9, 7]));
}
