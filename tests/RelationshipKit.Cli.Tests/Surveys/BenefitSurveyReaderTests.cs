using RelationshipKit.Benefits;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Cli.Surveys;

namespace RelationshipKit.Cli.Tests.Surveys;

public class BenefitSurveyReaderTests
{
    private const string Header = "respondent,benefit,importance,performance\n";

    [Fact]
    public void Read_LongForm_OneRatingPerRow()
    {
        var ratings = Read(Header + "s01,confidence,5,4\ns01,social,2,4\ns02,confidence,4,3\n");
        ratings.Select(r => r.ToString()).Should().Equal(
            "s01 confidence: importance 5, performance 4",
            "s01 social: importance 2, performance 4",
            "s02 confidence: importance 4, performance 3");
    }

    [Fact]
    public void Read_CommentsBlankLinesQuotesAndSpaces_AreAccepted()
    {
        var ratings = Read("# synthetic\n\n" + Header + "  \"s 01\" , special-treatment , 5 , 4\n# done\n\"a,\"\"b\"\"\",purpose,1,2\n");
        ratings.Select(r => (r.Respondent.Value, r.Benefit.Name, r.Importance, r.Performance)).Should().Equal(
            ("s 01", "special-treatment", 5, 4),
            ("a,\"b\"", "purpose", 1, 2));
    }

    [Fact]
    public void Read_SevenPointScale_AcceptsSix()
    {
        Read(Header + "s01,experience,6,7\n", LikertScale.SevenPoint).Single().Importance.Should().Be(6);
    }

    [Fact]
    public void Read_EmbeddedSample_TenRespondentsFiveBenefits()
    {
        using var reader = new StringReader(EmbeddedResources.ReadText("sample-survey.csv"));
        var ratings = BenefitSurveyReader.Read("sample-survey.csv", reader, LikertScale.FivePoint);
        ratings.Should().HaveCount(50);
        ratings.Select(r => r.Respondent).Distinct().Should().HaveCount(10);
        ratings.Select(r => r.Benefit).Distinct().Should().BeEquivalentTo(Benefit.Standard);
        EmbeddedResources.ReadText("sample-survey.csv").Should().StartWith("# Synthetic sample made for the RelationshipKit docs");
    }

    [Theory]
    [InlineData("", "x.csv:1:1: the file is empty; expected the header respondent,benefit,importance,performance.")]
    [InlineData("# only a comment\n\n", "x.csv:1:1: the file is empty; expected the header respondent,benefit,importance,performance.")]
    [InlineData("respondent,benefit,importance,performance\n", "x.csv:2:1: the file has a header but no answers; expected rows such as s01,confidence,5,4.")]
    [InlineData("respondent,benefits,importance,performance\n", "x.csv:1:12: expected column \"benefit\" but found \"benefits\"; the header must be respondent,benefit,importance,performance.")]
    [InlineData("respondent,benefit,importance\n", "x.csv:1:30: the header ends before column \"performance\"; expected the header respondent,benefit,importance,performance.")]
    [InlineData("respondent,benefit,importance,performance,notes\n", "x.csv:1:43: unexpected column \"notes\"; the header must be respondent,benefit,importance,performance.")]
    [InlineData(Header + "s01,confidence,high,4\n", "x.csv:2:16: importance must be a whole number from 1 to 5; was \"high\".")]
    [InlineData(Header + "s01,confidence,5,3.5\n", "x.csv:2:18: performance must be a whole number from 1 to 5; was \"3.5\".")]
    [InlineData(Header + "s01,confidence,5,\n", "x.csv:2:18: performance must be a whole number from 1 to 5; was \"\".")]
    [InlineData(Header + "s01,confidence,0,4\n", "x.csv:2:16: importance must be in [1, 5] on the 5-point scale; was 0.")]
    [InlineData(Header + "s01,confidence,6,4\n", "x.csv:2:16: importance must be in [1, 5] on the 5-point scale; was 6 (for a 1-7 survey, pass --scale 7).")]
    [InlineData(Header + "s01,confidence,5,9\n", "x.csv:2:18: performance must be in [1, 5] on the 5-point scale; was 9.")]
    [InlineData(Header + "s01,loyalty,5,4\n", "x.csv:2:5: unknown benefit \"loyalty\"; expected one of confidence, social, special-treatment, purpose, experience.")]
    [InlineData(Header + "s01,Confidence,5,4\n", "x.csv:2:5: unknown benefit \"Confidence\"; expected one of confidence, social, special-treatment, purpose, experience.")]
    [InlineData(Header + "s01,confidence,5\n", "x.csv:2:17: expected 4 fields (respondent,benefit,importance,performance) but the line has 3.")]
    [InlineData(Header + "s01,confidence,5,4,x\n", "x.csv:2:20: expected 4 fields (respondent,benefit,importance,performance) but the line has 5.")]
    [InlineData(Header + " ,confidence,5,4\n", "x.csv:2:2: respondent must not be empty.")]
    [InlineData(Header + "s01,confidence,5,4\ns02,social,1,1\ns01,confidence,4,4\n", "x.csv:4:1: respondent \"s01\" already rated confidence on line 2; give one row per respondent and benefit.")]
    [InlineData(Header + "\"s01,confidence,5,4\n", "x.csv:2:1: a quoted field is not closed before the end of the line.")]
    [InlineData(Header + "\"s01\"x,confidence,5,4\n", "x.csv:2:6: expected a comma after the closing quote.")]
    public void Read_BadInput_ThrowsAtFileLineColumn(string content, string message)
    {
        var act = () => Read(content);
        act.Should().Throw<CliUsageException>().WithMessage(message);
    }

    [Fact]
    public void Read_RespondentTooLong_Throws()
    {
        var act = () => Read(Header + new string('r', 129) + ",social,3,3\n");
        act.Should().Throw<CliUsageException>().WithMessage("x.csv:2:1: respondent must be at most 128 characters; was 129 characters.");
    }

    [Fact]
    public void ReadFile_Missing_Throws()
    {
        var path = Path.Combine(Path.GetTempPath(), "rk-missing-" + Guid.NewGuid().ToString("N"), "survey.csv");
        var act = () => BenefitSurveyReader.ReadFile(path, LikertScale.FivePoint);
        act.Should().Throw<CliUsageException>().WithMessage($"cannot read {path}: Could not find a part of the path '{path}'.");
    }

    private static IReadOnlyList<BenefitRating> Read(string content, LikertScale scale = default)
    {
        using var reader = new StringReader(content);
        return BenefitSurveyReader.Read("x.csv", reader, scale);
    }
}
