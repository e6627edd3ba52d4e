using System.Globalization;
using NodaTime;
using RelationshipKit.Value.Subscriptions;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Subscriptions;

public class SubscriptionCsvReaderTests
{
    [Fact]
    public void ReadAll_EmptyEndIsActive_QuotesAndDateFormat()
    {
        using var reader = new SubscriptionCsvReader(new StringReader("customer_id,start,end\nA,2025-01-31,\n\"B, Jr\",2025-02-01,2025-03-15\n"));
        reader.ReadAll().Should().Equal(
            new Subscription(new CustomerId("A"), new LocalDate(2025, 1, 31)),
            new Subscription(new CustomerId("B, Jr"), new LocalDate(2025, 2, 1), new LocalDate(2025, 3, 15)));

        var polish = new SubscriptionCsvOptions
        {
            HasHeader = false, CustomerColumn = CsvColumn.At(1), StartColumn = CsvColumn.At(3), EndColumn = CsvColumn.At(2),
            Delimiter = CsvDelimiter.Semicolon, DateFormat = "dd.MM.yyyy", Culture = CultureInfo.GetCultureInfo("pl-PL"),
        };
        using var second = new SubscriptionCsvReader(new StringReader("k1;;05.01.2025\n"), polish);
        second.ReadAll().Single().Should().Be(new Subscription(new CustomerId("k1"), new LocalDate(2025, 1, 5)));
    }

    [Theory]
    [InlineData("customer_id,start,end\n,2025-01-01,\n", "2:1: customer id is empty.")]
    [InlineData("customer_id,start,end\nA,,2025-01-01\n", "2:3: start is empty.")]
    [InlineData("customer_id,start,end\nA,2025-02-30,\n", "2:3: start \"2025-02-30\" is not a calendar date.")]
    [InlineData("customer_id,start,end\nA,2025-02-01,2025-01-01\n", "2:14: end must be on or after start (2025-02-01); was 2025-01-01.")]
    [InlineData("customer_id,start,end\nA,2025-02-01,1.2.2025\n", "2:14: end \"1.2.2025\" does not match ISO 8601 (yyyy-MM-dd or yyyyMMdd).")]
    [InlineData("customer_id,start\nA,2025-02-01\n", "1:1: the header has no column \"end\" for the end; it has \"customer_id\", \"start\".")]
    [InlineData("customer_id,start,end,Start\n", "1:23: column \"Start\" appears twice in the header (fields 2 and 4).")]
    [InlineData("customer_id,start,end\nA,2025-02-01\n", "2:13: expected at least 3 fields to read the end (field 3); found 2.")]
    public void ReadAll_BadLine_NamesFileLineAndColumn(string text, string message)
    {
        var path = TempFiles.Write(text, "subscriptions.csv");
        using var reader = SubscriptionCsvReader.Open(path);
        var act = () => reader.ReadAll().ToList();
        act.Should().Throw<CsvFormatException>().Which.Message.Should().Be($"{path}:{message}");
    }

    [Fact]
    public void Options_Invalid_NameTheSetting()
    {
        var whitespace = () => new SubscriptionCsvReader(new StringReader(string.Empty), new SubscriptionCsvOptions { Delimiter = CsvDelimiter.Whitespace });
        whitespace.Should().Throw<ArgumentException>().WithMessage("Delimiter must be Comma, Semicolon or Tab: an empty end date cannot be told apart in a file split on white space.*");
        var same = () => new SubscriptionCsvReader(new StringReader(string.Empty), new SubscriptionCsvOptions { EndColumn = CsvColumn.Named("start") });
        same.Should().Throw<ArgumentException>().WithMessage("CustomerColumn, StartColumn and EndColumn must be different columns; were \"customer_id\", \"start\" and \"start\".*");
    }

    [Fact]
    public async Task ReadAllAsync_Stream_ReadsEverySubscription()
    {
        using var reader = new SubscriptionCsvReader(new MemoryStream("customer_id,start,end\nA,2025-01-01,\nB,2025-01-02,2025-02-02\n"u8.ToArray()));
        var list = new List<Subscription>();
        await foreach (var s in reader.ReadAllAsync())
        {
            list.Add(s);
        }

        list.Should().HaveCount(2);
        list[1].IsActive.Should().BeFalse();
    }
}
