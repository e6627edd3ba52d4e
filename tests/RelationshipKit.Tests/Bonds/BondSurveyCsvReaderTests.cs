using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondSurveyCsvReaderTests
{
    [Fact]
    public void ReadAll_TwoRespondents_ProfilesCountsAndExactMeans()
    {
        var survey = Read("respondent,dimension,score\n\"r, 1\",voluntariness,0.9\n\"r, 1\",basis,0.8\nr2,voluntariness,0.7\nr2,basis,0.6\n\n");

        survey.Respondents.Select(r => r.Value).Should().Equal("r, 1", "r2");
        survey.AnswerCount.Should().Be(4);
        survey.GetProfile(new CustomerId("r2")).Should().Be(BondProfile.Empty.WithScore(BondDimension.Voluntariness, 0.7).WithScore(BondDimension.Basis, 0.6));
        survey.CountAnswers(BondDimension.Voluntariness).Should().Be(2);
        survey.CountAnswers(BondDimension.Affect).Should().Be(0);
        survey.MeanProfile.Scores.Should().Equal(new BondScore(BondDimension.Voluntariness, 0.8), new BondScore(BondDimension.Basis, 0.7));
    }

    [Fact]
    public void ReadAll_HeaderIsCaseInsensitive_AndByteOrderMarkIsSkipped()
    {
        Read("\uFEFFRespondent, Dimension ,SCORE\r\n# a comment\r\nr1,basis,0.5\r\n").AnswerCount.Should().Be(1);
    }

    [Fact]
    public void GetProfile_UnknownRespondent_Throws()
    {
        var survey = Read("respondent,dimension,score\nr1,basis,0.5\n");
        var act = () => survey.GetProfile(new CustomerId("r9"));
        act.Should().Throw<KeyNotFoundException>().WithMessage("respondent \"r9\" is not in the survey.");
    }

    [Theory]
    [InlineData("", 1, 1, "the bond survey is empty; expected the header respondent,dimension,score.")]
    [InlineData("\n  \n", 1, 1, "the bond survey is empty; expected the header respondent,dimension,score.")]
    [InlineData("respondent,dimension\nr1,basis\n", 1, 1, "expected the header respondent,dimension,score; was \"respondent,dimension\".")]
    [InlineData("respondent,dimension,value\nr1,basis,0.5\n", 1, 1, "expected the header respondent,dimension,score; was \"respondent,dimension,value\".")]
    [InlineData("respondent,dimension,Dimension\n", 1, 22, "column \"Dimension\" appears twice in the header (fields 2 and 3).")]
    [InlineData("respondent,dimension,score\n", 2, 1, "the bond survey has no answers after the header.")]
    [InlineData("respondent,dimension,score\nr1,basis\n", 2, 1, "expected 3 fields (respondent,dimension,score); found 2.")]
    [InlineData("respondent,dimension,score\nr1,basis,0.5,x\n", 2, 1, "expected 3 fields (respondent,dimension,score); found 4.")]
    [InlineData("respondent,dimension,score\n ,basis,0.5\n", 2, 2, "respondent must not be empty.")]
    [InlineData("respondent,dimension,score\nr1,basis,0.5\nr1,loyalty,0.2\n", 3, 4, "unknown bond dimension \"loyalty\"; known dimensions: voluntariness, basis, symmetry, formality, engagement, interaction-frequency, category-involvement, switching-ease, affect, intensity, duration, visibility.")]
    [InlineData("respondent,dimension,score\nr1,basis,high\n", 2, 10, "score must be a number; was \"high\".")]
    [InlineData("respondent,dimension,score\nr1,basis,\n", 2, 10, "score must be a number; was \"\".")]
    [InlineData("respondent,dimension,score\nr1,basis,1.2\n", 2, 10, "score must be in [-1, 1]; was 1.2.")]
    [InlineData("respondent,dimension,score\nr1,affect,-3\n", 2, 11, "score must be in [-1, 1]; was -3.")]
    [InlineData("respondent,dimension,score\nr1,basis,0.5\nr1,basis,0.4\n", 3, 4, "respondent r1 already has a basis score (line 2); give each dimension once per respondent.")]
    [InlineData("respondent,dimension,score\n\"r1,basis,0.5\n", 2, 1, "a quoted field is not closed before the end of the line.")]
    [InlineData("respondent,dimension,score\n\"r1\"x,basis,0.5\n", 2, 5, "expected a comma after the closing quote of a quoted field.")]
    public void ReadAll_BadInput_ThrowsNamingFileLineAndColumn(string content, int line, int column, string reason)
    {
        var path = TempFiles.Write(content, "survey.csv");
        using var reader = BondSurveyCsvReader.Open(path);

        var act = () => reader.ReadAll();

        var error = act.Should().Throw<CsvFormatException>().Which;
        error.Message.Should().Be($"{path}:{line}:{column}: {reason}");
        (error.Path, error.LineNumber, error.Column, error.Reason).Should().Be((path, (long)line, column, reason));
    }

    [Fact]
    public async Task ReadAllAsync_Twice_Throws()
    {
        using var reader = new BondSurveyCsvReader(new MemoryStream("respondent,dimension,score\nr1,basis,0.5\n"u8.ToArray()));
        (await reader.ReadAllAsync()).AnswerCount.Should().Be(1);
        await FluentActions.Awaiting(() => reader.ReadAllAsync()).Should().ThrowAsync<InvalidOperationException>()
            .WithMessage("This bond survey reader has already been read; open a new reader to read the survey again.");
    }

    private static BondSurvey Read(string content)
    {
        using var reader = new BondSurveyCsvReader(new StringReader(content));
        return reader.ReadAll();
    }
}
