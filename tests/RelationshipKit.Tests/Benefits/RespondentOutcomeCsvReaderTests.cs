using System.Text;
using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class RespondentOutcomeCsvReaderTests
{
    private const string Header = "respondent,outcome\n";

    [Fact]
    public void ReadAll_OneOutcomePerRespondent()
    {
        using var reader = new RespondentOutcomeCsvReader(new StringReader("# repeat purchases\n" + Header + "r01,7\n \"r 02\" , 1.5e1\n"));
        var outcomes = reader.ReadAll();
        outcomes.Should().HaveCount(2);
        outcomes[new CustomerId("r01")].Should().Be(7);
        outcomes[new CustomerId("r 02")].Should().Be(15);
    }

    [Fact]
    public async Task ReadAllAsync_Stream_ReadsTheSameOutcomes()
    {
        using var reader = new RespondentOutcomeCsvReader(new MemoryStream(Encoding.UTF8.GetBytes(Header + "r01,-2.25\n")));
        (await reader.ReadAllAsync())[new CustomerId("r01")].Should().Be(-2.25);
    }

    [Theory]
    [InlineData("", "x.csv:1:1: the file is empty; expected the header respondent,outcome.")]
    [InlineData(Header, "x.csv:2:1: the file has a header but no outcomes; expected rows such as s01,7.")]
    [InlineData("respondent,score\n", "x.csv:1:12: expected column \"outcome\" but found \"score\"; the header must be respondent,outcome.")]
    [InlineData("respondent\n", "x.csv:1:11: the header ends before column \"outcome\"; expected the header respondent,outcome.")]
    [InlineData("respondent,outcome,x\n", "x.csv:1:20: unexpected column \"x\"; the header must be respondent,outcome.")]
    [InlineData(Header + "r01,many\n", "x.csv:2:5: outcome must be a finite number such as 12.5; was \"many\".")]
    [InlineData(Header + "r01,NaN\n", "x.csv:2:5: outcome must be a finite number such as 12.5; was \"NaN\".")]
    [InlineData(Header + "r01,1e400\n", "x.csv:2:5: outcome must be a finite number such as 12.5; was \"1e400\".")]
    [InlineData(Header + " ,1\n", "x.csv:2:2: respondent must be 1 to 128 characters; was \"\".")]
    [InlineData(Header + "r01\n", "x.csv:2:4: expected 2 fields (respondent,outcome) but the line has 1.")]
    [InlineData(Header + "r01,1\nr02,2\nr01,3\n", "x.csv:4:1: respondent \"r01\" already has an outcome on line 2; give one row per respondent.")]
    public void ReadAll_BadInput_ThrowsAtFileLineColumn(string content, string message)
    {
        var path = TempFiles.Write(content);
        using var reader = RespondentOutcomeCsvReader.Open(path);
        var act = () => reader.ReadAll();
        act.Should().Throw<CsvFormatException>().Which.Message.Should().Be(message.Replace("x.csv", path, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAll_Twice_Throws()
    {
        using var reader = new RespondentOutcomeCsvReader(new StringReader(Header + "r01,1\n"));
        reader.ReadAll();
        FluentActions.Invoking(() => reader.ReadAll()).Should().Throw<InvalidOperationException>()
            .WithMessage("This outcome reader has already been read; open a new reader to read the file again.");
    }

    [Fact]
    public void Ctor_Null_Throws()
    {
        FluentActions.Invoking(() => new RespondentOutcomeCsvReader((TextReader)null!)).Should().Throw<ArgumentNullException>().WithParameterName("reader");
        FluentActions.Invoking(() => new RespondentOutcomeCsvReader((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Invoking(() => RespondentOutcomeCsvReader.Open(null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
        RespondentOutcomeCsvReader.ColumnNames.Should().Equal("respondent", "outcome");
    }
}
