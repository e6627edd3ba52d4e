using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondProfileTests
{
    private static readonly BondProfile Sample = BondProfile.Empty
        .WithScore(BondDimension.Basis, -0.5)
        .WithScore(BondDimension.Voluntariness, 0.8);

    [Fact]
    public void Empty_HasNoScores()
    {
        BondProfile.Empty.IsEmpty.Should().BeTrue();
        BondProfile.Empty.Count.Should().Be(0);
        BondProfile.Empty.Scores.Should().BeEmpty();
        BondProfile.Empty.ToString().Should().BeEmpty();
    }

    [Fact]
    public void WithScore_ReturnsNewProfile_ScoresInDimensionOrder()
    {
        Sample.Count.Should().Be(2);
        Sample.IsEmpty.Should().BeFalse();
        Sample.Scores.Should().Equal(new BondScore(BondDimension.Voluntariness, 0.8), new BondScore(BondDimension.Basis, -0.5));
        Sample.ToString().Should().Be("voluntariness=0.8,basis=-0.5");
        BondProfile.Empty.IsEmpty.Should().BeTrue("WithScore never changes the profile it is called on");
    }

    [Fact]
    public void WithScore_ExistingDimension_ReplacesTheScore()
    {
        var changed = Sample.WithScore(BondDimension.Basis, 0.3);
        changed.GetScore(BondDimension.Basis).Should().Be(0.3);
        Sample.GetScore(BondDimension.Basis).Should().Be(-0.5);
        Sample.WithScore(new BondScore(BondDimension.Basis, 0.3)).Should().Be(changed);
    }

    [Fact]
    public void MissingDimension_IsExplicit_NotZero()
    {
        Sample.Contains(BondDimension.Affect).Should().BeFalse();
        Sample.TryGetScore(BondDimension.Affect, out var missing).Should().BeFalse();
        missing.Should().Be(0);
        var neutral = Sample.WithScore(BondDimension.Affect, 0);
        neutral.Contains(BondDimension.Affect).Should().BeTrue();
        neutral.TryGetScore(BondDimension.Affect, out var zero).Should().BeTrue();
        zero.Should().Be(0);
        neutral.Should().NotBe(Sample);
    }

    [Fact]
    public void GetScore_MissingDimension_Throws()
    {
        var act = () => Sample.GetScore(BondDimension.Affect);
        act.Should().Throw<KeyNotFoundException>()
            .WithMessage("The profile has no score on affect; call TryGetScore to test whether a dimension is scored.");
    }

    [Fact]
    public void WithoutScore_RemovesTheDimension()
    {
        var removed = Sample.WithoutScore(BondDimension.Basis);
        removed.Contains(BondDimension.Basis).Should().BeFalse();
        removed.Count.Should().Be(1);
        Sample.Contains(BondDimension.Basis).Should().BeTrue();
        removed.WithoutScore(BondDimension.Basis).Should().BeSameAs(removed);
    }

    [Fact]
    public void WithScore_OutOfRange_Throws()
    {
        var act = () => Sample.WithScore(BondDimension.Affect, -1.01);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("score must be in [-1, 1]; was -1.01. (Parameter 'score')\nActual value was -1.01.");
    }

    [Fact]
    public void WithScore_NaN_Throws()
    {
        var act = () => Sample.WithScore(BondDimension.Affect, double.NaN);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("score must be in [-1, 1]; was NaN. (Parameter 'score')\nActual value was NaN.");
    }

    [Fact]
    public void DimensionArguments_Undefined_Throw()
    {
        var undefined = (BondDimension)42;
        const string Message = "dimension must be a defined BondDimension; was 42. (Parameter 'dimension')\nActual value was 42.";
        FluentActions.Invoking(() => Sample.WithScore(undefined, 0)).Should().Throw<ArgumentOutOfRangeException>().WithMessage(Message);
        FluentActions.Invoking(() => Sample.WithoutScore(undefined)).Should().Throw<ArgumentOutOfRangeException>().WithMessage(Message);
        FluentActions.Invoking(() => Sample.Contains(undefined)).Should().Throw<ArgumentOutOfRangeException>().WithMessage(Message);
        FluentActions.Invoking(() => Sample.TryGetScore(undefined, out _)).Should().Throw<ArgumentOutOfRangeException>().WithMessage(Message);
        FluentActions.Invoking(() => Sample.GetScore(undefined)).Should().Throw<ArgumentOutOfRangeException>().WithMessage(Message);
    }

    [Fact]
    public void Ctor_FromScores_AnyOrder()
    {
        var profile = new BondProfile([new BondScore(BondDimension.Basis, -0.5), new BondScore(BondDimension.Voluntariness, 0.8)]);
        profile.Should().Be(Sample);
        new BondProfile([]).Should().Be(BondProfile.Empty);
    }

    [Fact]
    public void Ctor_DuplicateDimension_Throws()
    {
        var act = () => new BondProfile([new BondScore(BondDimension.Basis, -0.5), new BondScore(BondDimension.Basis, 0.5)]);
        act.Should().Throw<ArgumentException>()
            .WithMessage("scores must name each dimension at most once; basis appears twice. (Parameter 'scores')");
    }

    [Fact]
    public void Ctor_Null_Throws()
    {
        var act = () => new BondProfile(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("scores");
    }

    [Fact]
    public void Equality_SameDimensionsAndValues()
    {
        var equal = BondProfile.Empty.WithScore(BondDimension.Voluntariness, 0.8).WithScore(BondDimension.Basis, -0.5);
        EqualityContract.Verify(
            Sample,
            equal,
            BondProfile.Empty,
            Sample.WithScore(BondDimension.Basis, -0.4),
            Sample.WithScore(BondDimension.Affect, 0),
            Sample.WithoutScore(BondDimension.Basis));
        (Sample == equal).Should().BeTrue();
        (Sample != equal).Should().BeFalse();
        Sample.Equals(null).Should().BeFalse();
        (Sample == null).Should().BeFalse();
        ((BondProfile?)null == null).Should().BeTrue();
    }

    [Fact]
    public void Scores_CannotBeChangedThroughACast()
    {
        (Sample.Scores as BondScore[]).Should().BeNull();
        var list = (IList<BondScore>)Sample.Scores;
        list.IsReadOnly.Should().BeTrue();
        FluentActions.Invoking(() => list[0] = default).Should().Throw<NotSupportedException>();
    }

    [Fact]
    public void Equality_NegativeZeroEqualsZero()
    {
        var negative = BondProfile.Empty.WithScore(BondDimension.Affect, -0.0);
        var positive = BondProfile.Empty.WithScore(BondDimension.Affect, 0.0);
        EqualityContract.Verify(negative, positive, BondProfile.Empty);
    }
}
