using System.Globalization;
using System.Text;
using NodaTime;
using RelationshipKit.Value.Summaries;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Transactions;

public class TransactionCsvReaderTests
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    [Fact]
    public void ReadAll_DefaultOptions_ReadsHeaderNamedColumnsAndIsoDates()
    {
        var transactions = Read("customer_id,date\n00001,2025-01-31\n00002,2025-02-01\n");
        transactions.Should().Equal(
            new Transaction(new CustomerId("00001"), new LocalDate(2025, 1, 31)),
            new Transaction(new CustomerId("00002"), new LocalDate(2025, 2, 1)));
    }

    [Fact]
    public void ReadAll_LeadingZeroIds_StayText()
    {
        var transactions = Read("customer_id,date\n00001,2025-01-31\n1,2025-01-31\n");
        transactions.Select(t => t.CustomerId.Value).Should().Equal("00001", "1");
    }

    [Fact]
    public void ReadAll_HeaderNamesIgnoreCaseAndOrder_AndAmountColumn()
    {
        var options = new TransactionCsvOptions
        {
            CustomerColumn = CsvColumn.Named("Client"),
            DateColumn = CsvColumn.Named("DAY"),
            AmountColumn = CsvColumn.Named("value"),
        };
        var transactions = Read("Value, day ,extra,client\n12.50,20250131,x,A-7\n", options);
        transactions.Should().Equal(new Transaction(new CustomerId("A-7"), new LocalDate(2025, 1, 31), 12.50m));
    }

    [Fact]
    public void ReadAll_NoHeaderWithPositions_ReadsCdnowSampleLayout()
    {
        var options = CdnowSampleOptions();
        var transactions = Read("   00004 0001 19970101 2  29.33\r\n   00004 0001 19970118 2  29.73\r\n\r\n", options);
        transactions.Should().Equal(
            new Transaction(new CustomerId("0001"), new LocalDate(1997, 1, 1), 29.33m),
            new Transaction(new CustomerId("0001"), new LocalDate(1997, 1, 18), 29.73m));
    }

    [Fact]
    public void CdnowSample_ReadsTheWholePublishedFile()
    {
        using var reader = TransactionCsvReader.Open(Path.Combine(AppContext.BaseDirectory, "TestData", "CDNOW_sample.txt"), TransactionCsvOptions.CdnowSample());
        var transactions = reader.ReadAll().ToList();

        transactions.Should().HaveCount(6919);
        transactions.Select(t => t.CustomerId).Distinct().Should().HaveCount(2357);
        transactions[0].Should().Be(new Transaction(new CustomerId("0001"), new LocalDate(1997, 1, 1), 29.33m));
    }

    [Fact]
    public void CdnowPresets_AreFreshInstances()
    {
        var first = TransactionCsvOptions.CdnowSample();
        first.HasHeader = true;
        TransactionCsvOptions.CdnowSample().HasHeader.Should().BeFalse("each call creates new options, so a caller's change cannot leak");
        TransactionCsvOptions.CdnowMaster().Should().NotBeSameAs(TransactionCsvOptions.CdnowMaster());
    }

    [Fact]
    public void ReadAll_CdnowMasterHeader_ReadsWithWhitespaceDelimiter()
    {
        var options = TransactionCsvOptions.CdnowMaster();
        var transactions = Read(" customer_id  date number_of_cds  dollar_value\r\n 00001 19970101  1   11.77\r\n", options);
        transactions.Should().Equal(new Transaction(new CustomerId("00001"), new LocalDate(1997, 1, 1), 11.77m));
    }

    [Theory]
    [InlineData(CsvDelimiter.Semicolon, "customer_id;date\n7;2025-03-01\n")]
    [InlineData(CsvDelimiter.Tab, "customer_id\tdate\n7\t2025-03-01\n")]
    [InlineData(CsvDelimiter.Whitespace, "customer_id \t date\n  7 \t\t 2025-03-01  \n")]
    [InlineData(CsvDelimiter.Comma, "\"customer_id\" , date\n \"7\" , 2025-03-01 \n")]
    public void ReadAll_EachDelimiter_ReadsTheSameTransaction(CsvDelimiter delimiter, string text)
    {
        var transactions = Read(text, new TransactionCsvOptions { Delimiter = delimiter });
        transactions.Should().Equal(new Transaction(new CustomerId("7"), new LocalDate(2025, 3, 1)));
    }

    [Fact]
    public void ReadAll_QuotedFieldsWithDelimitersAndDoubledQuotes_AreUnquoted()
    {
        var options = new TransactionCsvOptions { AmountColumn = CsvColumn.At(3), Culture = Polish };
        var transactions = Read("customer_id,date,amount\n\"Kowalski, \"\"Jan\"\"\",2025-12-31,\"12,50\"\n", options);
        transactions.Should().Equal(new Transaction(new CustomerId("Kowalski, \"Jan\""), new LocalDate(2025, 12, 31), 12.50m));
    }

    [Fact]
    public void ReadAll_PolishCulture_ReadsDecimalCommasAndShortDates()
    {
        var options = new TransactionCsvOptions { Delimiter = CsvDelimiter.Semicolon, AmountColumn = CsvColumn.Named("kwota"), Culture = Polish, CustomerColumn = CsvColumn.Named("klient"), DateColumn = CsvColumn.Named("data") };
        var transactions = Read("klient;data;kwota\n00042;31.12.2025;1 234,56\n00042;2026-01-02;0,99\n", options);
        transactions.Should().Equal(
            new Transaction(new CustomerId("00042"), new LocalDate(2025, 12, 31), 1234.56m),
            new Transaction(new CustomerId("00042"), new LocalDate(2026, 1, 2), 0.99m));
    }

    [Fact]
    public void ReadAll_ExplicitDottedDateFormat_ReadsDayMonthYear()
    {
        var options = new TransactionCsvOptions { DateFormat = "d.M.yyyy", Delimiter = CsvDelimiter.Semicolon };
        var transactions = Read("customer_id;date\nA;05.03.2025\nA;5.3.2025\n", options);
        transactions.Select(t => t.Date).Should().Equal(new LocalDate(2025, 3, 5), new LocalDate(2025, 3, 5));
    }

    [Theory]
    [InlineData(null, "2014-01-01 00:00:00", 2014, 1, 1)]
    [InlineData(null, "2014-01-01T23:59:59.123+02:00", 2014, 1, 1)]
    [InlineData(null, "2014-01-01T10:00:00Z", 2014, 1, 1)]
    [InlineData(null, "20140101", 2014, 1, 1)]
    [InlineData("yyyyMMdd", "19970101", 1997, 1, 1)]
    [InlineData("yyyy-MM-dd HH:mm:ss", "2014-06-30 13:45:00", 2014, 6, 30)]
    [InlineData("M/d/yyyy", "6/3/2014", 2014, 6, 3)]
    [InlineData("dd MMM yyyy", "03 Jun 2014", 2014, 6, 3)]
    [InlineData("yyyy-MM-dd'T'HH:mm", "2014-06-03T08:15", 2014, 6, 3)]
    public void ReadAll_DateFormats_ReadTheDay(string? format, string text, int year, int month, int day)
    {
        var options = new TransactionCsvOptions { DateFormat = format, Delimiter = CsvDelimiter.Tab };
        var transactions = Read($"customer_id\tdate\nA\t{text}\n", options);
        transactions.Single().Date.Should().Be(new LocalDate(year, month, day));
    }

    [Fact]
    public void ReadAll_ByteOrderMarkAndCrLf_AreHandled()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("customer_id,date\r\nA,2025-01-01\r\nB,2025-01-02")).ToArray();
        using var reader = new TransactionCsvReader(new MemoryStream(bytes));
        reader.ReadAll().Select(t => t.CustomerId.Value).Should().Equal("A", "B");
        reader.LineNumber.Should().Be(3);
        reader.Progress.Should().Be(new TransactionReadProgress(3, 2, 1.0));
    }

    [Fact]
    public void ReadAll_LinesLongerThanTheBuffer_AreRead()
    {
        var padding = new string(' ', 200_000);
        var transactions = Read($"customer_id,date,note\nA,2025-01-01,{padding}x\nB,2025-01-02,y\n");
        transactions.Select(t => t.CustomerId.Value).Should().Equal("A", "B");
    }

    [Fact]
    public async Task ReadAllAsync_ReadsTheSameAsReadAll()
    {
        var text = string.Concat(Enumerable.Range(0, 5000).Select(i => $"{i % 97},2025-01-{1 + (i % 28):00}\n"));
        var expected = Read("customer_id,date\n" + text);
        using var reader = new TransactionCsvReader(new StringReader("customer_id,date\n" + text));
        var actual = new List<Transaction>();
        await foreach (var transaction in reader.ReadAllAsync())
        {
            actual.Add(transaction);
        }

        actual.Should().Equal(expected);
    }

    [Fact]
    public void Open_ReadsAFileAndReportsFraction()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "CDNOW_sample.txt");
        using var reader = TransactionCsvReader.Open(path, CdnowSampleOptions());
        var reports = new List<TransactionReadProgress>();
        var accumulator = new RfmSummaryAccumulator();
        accumulator.AddRange(reader, new SynchronousProgress(reports.Add));
        accumulator.TransactionCount.Should().Be(6919);
        accumulator.CustomerCount.Should().Be(2357);
        reports.Should().Equal(new TransactionReadProgress(6919, 6919, 1.0));
    }

    [Fact]
    public void Dispose_ThenRead_Throws()
    {
        var reader = new TransactionCsvReader(new StringReader("customer_id,date\nA,2025-01-01\n"));
        reader.Dispose();
        reader.Dispose();
        var act = () => reader.TryRead(out _);
        act.Should().Throw<ObjectDisposedException>();
    }

    [Theory]
    [InlineData("customer_id,date\n,2025-01-01\n", 2, 1, "customer id is empty.")]
    [InlineData("customer_id,date\n  ,2025-01-01\n", 2, 3, "customer id is empty.")]
    [InlineData("customer_id,date\nA,\n", 2, 3, "date is empty.")]
    [InlineData("customer_id,date\nA,2025-02-30\n", 2, 3, "date \"2025-02-30\" is not a calendar date.")]
    [InlineData("customer_id,date\nA,1.2.2025\n", 2, 3, "date \"1.2.2025\" does not match ISO 8601 (yyyy-MM-dd or yyyyMMdd).")]
    [InlineData("customer_id,date\nA,2025-01-01 noon\n", 2, 3, "date \"2025-01-01 noon\" does not match ISO 8601 (yyyy-MM-dd or yyyyMMdd).")]
    [InlineData("customer_id,date\n\nA\n", 3, 2, "expected at least 2 fields to read the date (field 2); found 1.")]
    [InlineData("customer_id,date\nA,\"2025-01-01\n", 2, 3, "a quoted field is not closed before the end of the line.")]
    [InlineData("customer_id,date\n\"A\"x,2025-01-01\n", 2, 4, "expected a comma after the closing quote of a quoted field.")]
    [InlineData("id,date\nA,2025-01-01\n", 1, 1, "the header has no column \"customer_id\" for the customer id; it has \"id\", \"date\".")]
    public void ReadAll_BadInput_ThrowsWithLineColumnAndReason(string text, long line, int column, string reason)
    {
        var act = () => Read(text);
        act.Should().Throw<CsvFormatException>()
            .WithMessage($"line {line}, column {column}: {reason}")
            .Where(e => e.LineNumber == line && e.Column == column && e.Reason == reason);
    }

    [Fact]
    public void ReadAll_IdLongerThanCustomerIdAllows_Throws()
    {
        var act = () => Read($"customer_id,date\n{new string('x', 129)},2025-01-01\n");
        act.Should().Throw<CsvFormatException>().WithMessage("line 2, column 1: customer id is longer than 128 characters (was 129).");
    }

    [Theory]
    [InlineData("12.5x", "amount \"12.5x\" is not a number in the invariant culture.")]
    [InlineData("12,50", "amount \"12,50\" is not a number in the invariant culture.")]
    [InlineData("-3.50", "amount must be >= 0; was -3.50.")]
    [InlineData("", "amount is empty.")]
    public void ReadAll_BadAmount_Throws(string amount, string reason)
    {
        var options = new TransactionCsvOptions { AmountColumn = CsvColumn.Named("amount"), Delimiter = CsvDelimiter.Semicolon };
        var act = () => Read($"customer_id;date;amount\nA;2025-01-01;{amount}\n", options);
        act.Should().Throw<CsvFormatException>().WithMessage($"line 2, column 14: {reason}");
    }

    [Fact]
    public void ReadAll_PolishCultureWithIsoDefault_NamesBothFormatsInTheError()
    {
        var options = new TransactionCsvOptions { Culture = Polish };
        var act = () => Read("customer_id,date\nA,12/31/2025\n", options);
        // The short date pattern comes from the platform's culture data (ICU): d.MM.yyyy or dd.MM.yyyy.
        act.Should().Throw<CsvFormatException>().WithMessage(
            $"line 2, column 3: date \"12/31/2025\" does not match ISO 8601 (yyyy-MM-dd or yyyyMMdd) or {Polish.DateTimeFormat.ShortDatePattern} (pl-PL).");
    }

    [Fact]
    public void ReadAll_ExplicitFormatMismatch_NamesTheFormat()
    {
        var options = new TransactionCsvOptions { DateFormat = "yyyyMMdd", HasHeader = false, CustomerColumn = CsvColumn.At(1), DateColumn = CsvColumn.At(2) };
        var act = () => Read("A,2025-01-01\n", options);
        act.Should().Throw<CsvFormatException>().WithMessage("line 1, column 3: date \"2025-01-01\" does not match yyyyMMdd.");
    }

    [Fact]
    public void Ctor_InvalidOptions_ThrowsNamingTheSetting()
    {
        var act = () => new TransactionCsvReader(new StringReader(string.Empty), new TransactionCsvOptions { HasHeader = false });
        act.Should().Throw<ArgumentException>().WithMessage("CustomerColumn must be a position when HasHeader is false; was \"customer_id\". (Parameter 'options')");
    }

    [Fact]
    public void Ctor_NullArguments_Throw()
    {
        var fromReader = () => new TransactionCsvReader((TextReader)null!);
        var fromStream = () => new TransactionCsvReader((Stream)null!);
        var open = () => TransactionCsvReader.Open(null!);
        fromReader.Should().Throw<ArgumentNullException>().WithParameterName("reader");
        fromStream.Should().Throw<ArgumentNullException>().WithParameterName("stream");
        open.Should().Throw<ArgumentNullException>().WithParameterName("path");
    }

    internal static TransactionCsvOptions CdnowSampleOptions() => TransactionCsvOptions.CdnowSample();

    private static List<Transaction> Read(string text, TransactionCsvOptions? options = null)
    {
        using var reader = new TransactionCsvReader(new StringReader(text), options);
        return [.. reader.ReadAll()];
    }

    private sealed class SynchronousProgress(Action<TransactionReadProgress> report) : IProgress<TransactionReadProgress>
    {
        public void Report(TransactionReadProgress value) => report(value);
    }
}
