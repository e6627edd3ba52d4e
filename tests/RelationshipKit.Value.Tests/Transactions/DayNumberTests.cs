using NodaTime;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Transactions;

public class DayNumberTests
{
    [Fact]
    public void FromCivil_EveryDayOfFiveCenturiesAndTheEnds_MatchesDateOnly()
    {
        for (var date = new DateOnly(1700, 1, 1); date <= new DateOnly(2200, 12, 31); date = date.AddDays(1))
        {
            DayNumber.FromCivil(date.Year, date.Month, date.Day).Should().Be(date.DayNumber);
        }

        DayNumber.FromCivil(1, 1, 1).Should().Be(0);
        DayNumber.FromCivil(9999, 12, 31).Should().Be(DateOnly.MaxValue.DayNumber);
    }

    [Theory]
    [InlineData(2025, 2, 29)]
    [InlineData(1900, 2, 29)]
    [InlineData(2025, 4, 31)]
    [InlineData(2025, 13, 1)]
    [InlineData(2025, 0, 1)]
    [InlineData(2025, 1, 0)]
    [InlineData(0, 1, 1)]
    [InlineData(10000, 1, 1)]
    public void FromCivil_NoSuchDay_ReturnsMinusOne(int year, int month, int day) =>
        DayNumber.FromCivil(year, month, day).Should().Be(-1);

    [Fact]
    public void FromCivil_LeapDays_Exist()
    {
        DayNumber.FromCivil(2000, 2, 29).Should().Be(new DateOnly(2000, 2, 29).DayNumber);
        DayNumber.FromCivil(2024, 2, 29).Should().Be(new DateOnly(2024, 2, 29).DayNumber);
    }

    [Theory]
    [InlineData(IsoDayOfWeek.Monday, 2024, 12, 30)]
    [InlineData(IsoDayOfWeek.Sunday, 2024, 12, 29)]
    [InlineData(IsoDayOfWeek.Wednesday, 2025, 1, 1)]
    [InlineData(IsoDayOfWeek.Thursday, 2024, 12, 26)]
    public void StartOfWeek_Wednesday20250101_IsThePrecedingFirstDay(IsoDayOfWeek first, int year, int month, int day)
    {
        var wednesday = new DateOnly(2025, 1, 1).DayNumber;
        DayNumber.StartOfWeek(wednesday, first).Should().Be(new DateOnly(year, month, day).DayNumber);
    }

    [Fact]
    public void From_DateInAnotherCalendar_IsTheSameDay()
    {
        var julian = new LocalDate(2025, 1, 1).WithCalendar(CalendarSystem.Julian);
        DayNumber.From(julian, "date").Should().Be(new DateOnly(2025, 1, 1).DayNumber);
        DayNumber.ToLocalDate(new DateOnly(2025, 1, 1).DayNumber).Should().Be(new LocalDate(2025, 1, 1));
    }
}
