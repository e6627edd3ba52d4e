using NodaTime;
using RelationshipKit.Value.Summaries;

namespace RelationshipKit.Value.Tests.Summaries;

public class SummaryOptionsTests
{
    [Fact]
    public void Defaults_AreDocumented()
    {
        var options = new SummaryOptions();
        options.Collapse.Should().Be(CollapsePeriod.Day);
        options.FirstDayOfWeek.Should().Be(IsoDayOfWeek.Monday);
        options.TimeUnit.Should().Be(TimeUnit.Day);
        options.ObservationEnd.Should().BeNull();
        options.CalibrationEnd.Should().BeNull();
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_InvalidSetting_ThrowsNamingIt(Action<SummaryOptions> change, string message)
    {
        var options = new SummaryOptions();
        change(options);
        var act = () => options.Validate("options");
        act.Should().Throw<ArgumentException>().WithMessage(message).Where(e => e.ParamName == "options");
    }

    public static TheoryData<Action<SummaryOptions>, string> InvalidOptions() => new()
    {
        { o => o.Collapse = (CollapsePeriod)7, "Collapse must be Day or Week; was 7.*" },
        { o => o.FirstDayOfWeek = IsoDayOfWeek.None, "FirstDayOfWeek must be a day from Monday to Sunday; was None.*" },
        { o => o.TimeUnit = TimeUnit.Period, "TimeUnit must have a calendar length (a day, a week or N days); was period. (Parameter 'options')" },
        { o => o.ObservationEnd = new LocalDate(0, 1, 1), "ObservationEnd must be between 0001-01-01 and 9999-12-31; was 0000-01-01.*" },
        { o => { o.ObservationEnd = new LocalDate(2025, 1, 1); o.CalibrationEnd = new LocalDate(2025, 1, 1); }, "CalibrationEnd must be before ObservationEnd (2025-01-01); was 2025-01-01.*" },
    };

    [Fact]
    public void ToSummaries_InvalidOptions_ThrowsFromThePublicEntryPoint()
    {
        var act = () => new RfmSummaryAccumulator().ToSummaries(new SummaryOptions { TimeUnit = TimeUnit.Period });
        act.Should().Throw<ArgumentException>().WithMessage("TimeUnit must have a calendar length (a day, a week or N days); was period. (Parameter 'options')");
    }
}
