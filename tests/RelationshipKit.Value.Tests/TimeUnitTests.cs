namespace RelationshipKit.Value.Tests;

public class TimeUnitTests
{
    [Fact]
    public void Names_AndLengths()
    {
        TimeUnit.Day.Name.Should().Be("day");
        TimeUnit.Week.Name.Should().Be("week");
        TimeUnit.Days(14).Name.Should().Be("14 days");
        TimeUnit.Period.Name.Should().Be("period");
        default(TimeUnit).Should().Be(TimeUnit.Period);
        TimeUnit.Week.LengthInDays.Should().Be(7);
        TimeUnit.Week.Length.Should().Be(NodaTime.Duration.FromDays(7));
        TimeUnit.Period.Length.Should().BeNull();
        TimeUnit.Period.HasCalendarLength.Should().BeFalse();
    }

    [Theory]
    [InlineData("day", 1)]
    [InlineData("Week", 7)]
    [InlineData("14 days", 14)]
    [InlineData("30d", 30)]
    [InlineData("period", 0)]
    public void TryParse_KnownNames(string text, int days)
    {
        TimeUnit.TryParse(text, out var unit).Should().BeTrue();
        (unit.LengthInDays ?? 0).Should().Be(days);
    }

    [Theory]
    [InlineData("fortnight")]
    [InlineData("0d")]
    [InlineData(null)]
    public void TryParse_Unknown_ReturnsFalse(string? text) => TimeUnit.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Days_BelowOne_Throws()
    {
        var act = () => TimeUnit.Days(0);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("days must be >= 1; was 0.*");
    }

    [Fact]
    public void PerUnitRate_ConvertsAnnualRateExactly()
    {
        // 52.177... weeks compound back to the annual rate.
        var weekly = TimeUnit.Week.PerUnitRate(0.1);
        Math.Pow(1 + weekly, TimeUnit.DaysPerYear / 7).Should().BeApproximately(1.1, 1e-14);
        var act = () => TimeUnit.Period.PerUnitRate(0.1);
        act.Should().Throw<InvalidOperationException>();
        act = () => TimeUnit.Day.PerUnitRate(-1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("annualRate must be a finite number > -1; was -1.*");
    }

    [Fact]
    public void Equality()
    {
        EqualityContract.Verify(TimeUnit.Week, TimeUnit.Days(7), TimeUnit.Day, TimeUnit.Period);
    }
}
