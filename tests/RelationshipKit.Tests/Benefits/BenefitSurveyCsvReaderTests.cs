using System.Text;
using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class BenefitSurveyCsvReaderTests
{
    private const string Header = "respondent,benefit,importance,performance\n";
    private const string Header_ = "respondent,benefit,importance,performance,performance:cityshop\n";

    [Fact]
    public void ReadAll_CompetitorColumns_ReadIntoCompetitorRatings()
    {
        using var reader = new BenefitSurveyCsvReader(new StringReader(
            "respondent,benefit,importance,performance,performance:cityshop, performance:bikehub\n"
            + "s01,confidence,5,4,3,\ns01,social,2,4,,5\ns02,confidence,4,3,4,2\n"));
        reader.CompetitorRatings.Should().BeEmpty("nothing is read before ReadAll");

        var ratings = reader.ReadAll();

        ratings.Should().HaveCount(3);
        reader.CompetitorRatings.Select(r => r.ToString()).Should().Equal(
            "s01 cityshop confidence: performance 3",
            "s01 bikehub social: performance 5",
            "s02 cityshop confidence: performance 4",
            "s02 bikehub confidence: performance 2");
        BenefitSurveyCsvReader.CompetitorColumnPrefix.Should().Be("performance:");
    }

    [Fact]
    public async Task ReadAllAsync_CompetitorColumns_ReadIntoCompetitorRatings()
    {
        using var reader = new BenefitSurveyCsvReader(new StringReader(Header_ + "s01,confidence,5,4,3\n"));
        await reader.ReadAllAsync();
        reader.CompetitorRatings.Single().ToString().Should().Be("s01 cityshop confidence: performance 3");
    }

    [Fact]
    public void ReadAll_LongForm_OneRatingPerRow()
    {
        var ratings = Read(Header + "s01,confidence,5,4\ns01,social,2,4\ns02,confidence,4,3\n");
        ratings.Select(r => r.ToString()).Should().Equal(
            "s01 confidence: importance 5, performance 4",
            "s01 social: importance 2, performance 4",
            "s02 confidence: importance 4, performance 3");
    }

    [Fact]
    public void ReadAll_CommentsBlankLinesQuotesAndSpaces_AreAccepted()
    {
        var ratings = Read("# synthetic\n\n" + Header + "  \"s 01\" , special-treatment , 5 , 4\n# done\n\"a,\"\"b\"\"\",purpose,1,2\n");
        ratings.Select(r => (r.Respondent.Value, r.Benefit.Name, r.Importance, r.Performance)).Should().Equal(
            ("s 01", "special-treatment", 5, 4),
            ("a,\"b\"", "purpose", 1, 2));
    }

    [Fact]
    public void ReadAll_SevenPointScale_AcceptsSix()
    {
        Read(Header + "s01,experience,6,7\n", LikertScale.SevenPoint).Single().Importance.Should().Be(6);
    }

    [Fact]
    public async Task ReadAllAsync_Stream_ReadsTheSameRatings()
    {
        var stream = new MemoryStream(Encoding.UTF8.GetBytes(Header + "s01,confidence,5,4\n"));
        using var reader = new BenefitSurveyCsvReader(stream);
        (await reader.ReadAllAsync()).Single().ToString().Should().Be("s01 confidence: importance 5, performance 4");
    }

    [Theory]
    [InlineData("", "x.csv:1:1: the file is empty; expected the header respondent,benefit,importance,performance.")]
    [InlineData("# only a comment\n\n", "x.csv:1:1: the file is empty; expected the header respondent,benefit,importance,performance.")]
    [InlineData("respondent,benefit,importance,performance\n", "x.csv:2:1: the file has a header but no answers; expected rows such as s01,confidence,5,4.")]
    [InlineData("respondent,benefits,importance,performance\n", "x.csv:1:12: expected column \"benefit\" but found \"benefits\"; the header must be respondent,benefit,importance,performance.")]
    [InlineData("respondent,benefit,importance\n", "x.csv:1:30: the header ends before column \"performance\"; expected the header respondent,benefit,importance,performance.")]
    [InlineData("respondent,benefit,importance,performance,notes\n", "x.csv:1:43: unexpected column \"notes\"; the header must be respondent,benefit,importance,performance, optionally followed by competitor columns such as performance:cityshop.")]
    [InlineData("respondent,benefit,importance,performance,performance: \n", "x.csv:1:43: a competitor column must name the competitor in 1 to 64 characters after \"performance:\"; was \"performance:\".")]
    [InlineData("respondent,benefit,importance,performance,performance:a,performance: a\n", "x.csv:1:57: competitor \"a\" has two columns; give each competitor one column.")]
    [InlineData(Header_ + "s01,confidence,5,4,9\n", "x.csv:2:20: performance:cityshop must be in [1, 5] on the 5-point scale; was 9.")]
    [InlineData(Header_ + "s01,confidence,5,4\n", "x.csv:2:19: expected 5 fields (respondent,benefit,importance,performance,performance:cityshop) but the line has 4.")]
    [InlineData(Header + "s01,confidence,high,4\n", "x.csv:2:16: importance must be a whole number from 1 to 5; was \"high\".")]
    [InlineData(Header + "s01,confidence,5,3.5\n", "x.csv:2:18: performance must be a whole number from 1 to 5; was \"3.5\".")]
    [InlineData(Header + "s01,confidence,5,\n", "x.csv:2:18: performance must be a whole number from 1 to 5; was \"\".")]
    [InlineData(Header + "s01,confidence,0,4\n", "x.csv:2:16: importance must be in [1, 5] on the 5-point scale; was 0.")]
    [InlineData(Header + "s01,confidence,6,4\n", "x.csv:2:16: importance must be in [1, 5] on the 5-point scale; was 6 (a 1-7 survey is read with the 7-point scale).")]
    [InlineData(Header + "s01,confidence,5,9\n", "x.csv:2:18: performance must be in [1, 5] on the 5-point scale; was 9.")]
    [InlineData(Header + "s01,loyalty,5,4\n", "x.csv:2:5: unknown benefit \"loyalty\"; expected one of confidence, social, special-treatment, purpose, experience.")]
    [InlineData(Header + "s01,Confidence,5,4\n", "x.csv:2:5: unknown benefit \"Confidence\"; expected one of confidence, social, special-treatment, purpose, experience.")]
    [InlineData(Header + "s01,confidence,5\n", "x.csv:2:17: expected 4 fields (respondent,benefit,importance,performance) but the line has 3.")]
    [InlineData(Header + "s01,confidence,5,4,x\n", "x.csv:2:20: expected 4 fields (respondent,benefit,importance,performance) but the line has 5.")]
    [InlineData(Header + " ,confidence,5,4\n", "x.csv:2:2: respondent must not be empty.")]
    [InlineData(Header + "s01,confidence,5,4\ns02,social,1,1\ns01,confidence,4,4\n", "x.csv:4:1: respondent \"s01\" already rated confidence on line 2; give one row per respondent and benefit.")]
    [InlineData(Header + "\"s01,confidence,5,4\n", "x.csv:2:1: a quoted field is not closed before the end of the line.")]
    [InlineData(Header + "\"s01\"x,confidence,5,4\n", "x.csv:2:6: expected a comma after the closing quote of a quoted field.")]
    [InlineData("respondent,benefit,importance,Respondent\n", "x.csv:1:31: column \"Respondent\" appears twice in the header (fields 1 and 4).")]
    public void ReadAll_BadInput_ThrowsAtFileLineColumn(string content, string message)
    {
        var path = TempFiles.Write(content);
        using var reader = BenefitSurveyCsvReader.Open(path);
        var act = () => reader.ReadAll();
        act.Should().Throw<CsvFormatException>().Which.Message.Should().Be(message.Replace("x.csv", path, StringComparison.Ordinal));
    }

    [Fact]
    public void ReadAll_BadScore_NamesTheColumn()
    {
        using var reader = new BenefitSurveyCsvReader(new StringReader(Header + "s01,confidence,5,9\n"));
        var error = FluentActions.Invoking(() => reader.ReadAll()).Should().Throw<CsvFormatException>().Which;
        (error.Path, error.LineNumber, error.Column, error.ColumnName).Should().Be(((string?)null, 2L, 18, "performance"));
        error.Message.Should().Be("line 2, column 18: performance must be in [1, 5] on the 5-point scale; was 9.");
    }

    [Fact]
    public void ReadAll_RespondentTooLong_Throws()
    {
        var act = () => Read(Header + new string('r', 129) + ",social,3,3\n");
        act.Should().Throw<CsvFormatException>().WithMessage("line 2, column 1: respondent must be at most 128 characters; was 129 characters.");
    }

    [Fact]
    public void ReadAll_Twice_ThrowsSayingToOpenANewReader()
    {
        using var reader = new BenefitSurveyCsvReader(new StringReader(Header + "s01,social,3,3\n"));
        reader.ReadAll();
        var act = () => reader.ReadAll();
        act.Should().Throw<InvalidOperationException>().WithMessage("This survey reader has already been read; open a new reader to read the survey again.");
    }

    [Fact]
    public void Open_MissingFile_ThrowsIOException()
    {
        var path = Path.Combine(Path.GetTempPath(), "rk-missing-" + Guid.NewGuid().ToString("N"), "survey.csv");
        var act = () => BenefitSurveyCsvReader.Open(path);
        act.Should().Throw<DirectoryNotFoundException>();
    }

    [Fact]
    public void Ctor_Null_Throws()
    {
        FluentActions.Invoking(() => new BenefitSurveyCsvReader((TextReader)null!)).Should().Throw<ArgumentNullException>().WithParameterName("reader");
        FluentActions.Invoking(() => new BenefitSurveyCsvReader((Stream)null!)).Should().Throw<ArgumentNullException>().WithParameterName("stream");
        FluentActions.Invoking(() => BenefitSurveyCsvReader.Open(null!)).Should().Throw<ArgumentNullException>().WithParameterName("path");
    }

    private static IReadOnlyList<BenefitRating> Read(string content, LikertScale scale = default)
    {
        using var reader = new BenefitSurveyCsvReader(new StringReader(content), scale);
        return reader.ReadAll();
    }
}
