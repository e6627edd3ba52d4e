using System.Globalization;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Transactions;

public class TransactionCsvOptionsTests
{
    [Fact]
    public void Defaults_AreDocumented()
    {
        var options = new TransactionCsvOptions();
        options.HasHeader.Should().BeTrue();
        options.CustomerColumn.Should().Be(CsvColumn.Named("customer_id"));
        options.DateColumn.Should().Be(CsvColumn.Named("date"));
        options.AmountColumn.Should().BeNull();
        options.Delimiter.Should().Be(CsvDelimiter.Comma);
        options.DateFormat.Should().BeNull();
        options.Culture.Should().BeSameAs(CultureInfo.InvariantCulture);
    }

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_InvalidSetting_ThrowsNamingIt(Action<TransactionCsvOptions> change, string message)
    {
        var options = new TransactionCsvOptions();
        change(options);
        var act = () => options.Validate("options");
        act.Should().Throw<ArgumentException>().WithMessage(message).Where(e => e.ParamName == "options");
    }

    public static TheoryData<Action<TransactionCsvOptions>, string> InvalidOptions() => new()
    {
        { o => o.Delimiter = (CsvDelimiter)9, "Delimiter must be Comma, Semicolon, Tab or Whitespace; was 9.*" },
        { o => o.Culture = null!, "Culture must not be null; use CultureInfo.InvariantCulture for the default. (Parameter 'options')" },
        { o => o.DateColumn = default, "DateColumn must name a header column or a position; was unset. (Parameter 'options')" },
        { o => o.AmountColumn = default(CsvColumn), "AmountColumn must name a header column or a position; was unset. (Parameter 'options')" },
        { o => o.DateColumn = CsvColumn.Named("CUSTOMER_ID"), "CustomerColumn, DateColumn and AmountColumn must be different columns; were \"customer_id\", \"CUSTOMER_ID\" and none. (Parameter 'options')" },
        { o => { o.HasHeader = false; o.CustomerColumn = CsvColumn.At(1); }, "DateColumn must be a position when HasHeader is false; was \"date\". (Parameter 'options')" },
        { o => o.DateFormat = "yyyy-MM-dd HH:mm:ss.fffffffffff", "DateFormat must be a NodaTime date or date-time pattern such as yyyyMMdd or dd.MM.yyyy; was \"yyyy-MM-dd HH:mm:ss.fffffffffff\" (*). (Parameter 'options')" },
        { o => o.DateFormat = " ", "DateFormat must be a NodaTime date or date-time pattern such as yyyyMMdd or dd.MM.yyyy; was \" \" (empty). (Parameter 'options')" },
    };
}
