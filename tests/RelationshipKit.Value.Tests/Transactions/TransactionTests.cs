using NodaTime;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Transactions;

public class TransactionTests
{
    private static readonly CustomerId Id = new("00001");

    [Fact]
    public void Ctor_WithAndWithoutAmount_ExposesTheValues()
    {
        var withAmount = new Transaction(Id, new LocalDate(1997, 1, 1), 11.77m);
        (withAmount.CustomerId, withAmount.Date, withAmount.Amount).Should().Be((Id, new LocalDate(1997, 1, 1), (decimal?)11.77m));
        new Transaction(Id, new LocalDate(1997, 1, 1)).Amount.Should().BeNull();
    }

    [Fact]
    public void Ctor_DateInAnotherCalendar_IsStoredAsTheIsoDay()
    {
        var julian = new LocalDate(2024, 12, 19, CalendarSystem.Julian);
        new Transaction(Id, julian).Date.Should().Be(new LocalDate(2025, 1, 1));
    }

    [Fact]
    public void Ctor_Guards_Throw()
    {
        var negative = () => new Transaction(Id, new LocalDate(2025, 1, 1), -0.01m);
        var unset = () => new Transaction(default, new LocalDate(2025, 1, 1));
        var ancient = () => new Transaction(Id, new LocalDate(0, 12, 31));
        negative.Should().Throw<ArgumentOutOfRangeException>().WithMessage("amount must be >= 0; was -0.01.*").WithParameterName("amount");
        unset.Should().Throw<ArgumentException>().WithMessage("customerId must not be the unset default id. (Parameter 'customerId')");
        ancient.Should().Throw<ArgumentOutOfRangeException>().WithMessage("date must be between 0001-01-01 and 9999-12-31 (ISO); was 0000-12-31.*").WithParameterName("date");
    }

    [Fact]
    public void Equality_ComparesCustomerDateAndAmount()
    {
        var day = new LocalDate(2025, 1, 1);
        EqualityContract.Verify(
            new Transaction(Id, day, 1m),
            new Transaction(new CustomerId("00001"), day, 1.00m),
            new Transaction(new CustomerId("1"), day, 1m),
            new Transaction(Id, day.PlusDays(1), 1m),
            new Transaction(Id, day, 2m),
            new Transaction(Id, day),
            default);
    }

    [Fact]
    public void ToString_PrintsIdIsoDateAndAmount()
    {
        new Transaction(Id, new LocalDate(1997, 1, 1), 11.77m).ToString().Should().Be("00001 1997-01-01 11.77");
        new Transaction(Id, new LocalDate(1997, 1, 1)).ToString().Should().Be("00001 1997-01-01");
        default(Transaction).ToString().Should().Be(" 0001-01-01");
    }
}
