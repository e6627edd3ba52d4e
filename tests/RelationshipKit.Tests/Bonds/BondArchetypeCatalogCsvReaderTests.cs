using RelationshipKit.Bonds;

namespace RelationshipKit.Tests.Bonds;

public class BondArchetypeCatalogCsvReaderTests
{
    private const string Custom =
        "archetype,dimension,score,weight\n" +
        "loyal-fan,affect,0.9,2\n" +
        "loyal-fan,voluntariness,0.8,\n" +
        "hostage,voluntariness,-0.9,2\n" +
        "hostage,affect,-0.6,\n";

    [Fact]
    public void ReadAll_MinimalColumns_DefaultsWeightNameDescriptionAndSource()
    {
        var catalog = Read(Custom);

        catalog.Archetypes.Select(a => a.Id).Should().Equal("loyal-fan", "hostage");
        var fan = catalog.Get("loyal-fan");
        fan.DisplayName.Should().Be("Loyal fan");
        fan.Description.Should().BeEmpty();
        fan.Source.Should().BeEmpty();
        fan.Signature.Should().Equal([new BondTarget(BondDimension.Voluntariness, 0.8), new BondTarget(BondDimension.Affect, 0.9, 2)], "a signature lists its terms in dimension order");
    }

    [Fact]
    public void ReadAll_ColumnsInAnyOrderWithAttributesOnOneRow_ReadsThem()
    {
        const string text =
            "\uFEFF# my catalogue\n" +
            "Score , Dimension, Archetype, Name, Source\n" +
            "0.9, affect, loyal-fan, Loyal fan, \"Our study, 2026\"\n" +
            "\n" +
            "0.8, voluntariness, loyal-fan, , \n" +
            "-0.9, voluntariness, hostage, Hostage, \"Our study, 2026\"\n";

        var catalog = Read(text);

        catalog.Get("loyal-fan").Signature.Should().HaveCount(2);
        catalog.Get("loyal-fan").Source.Should().Be("Our study, 2026");
        catalog.Get("hostage").DisplayName.Should().Be("Hostage");
    }

    [Theory]
    [InlineData("", "mine.csv:1:1: the archetype catalogue is empty; expected a header with the columns archetype,dimension,score.")]
    [InlineData("# only a comment\n\n", "mine.csv:1:1: the archetype catalogue is empty; expected a header with the columns archetype,dimension,score.")]
    [InlineData("archetype,dimension,score\n", "mine.csv:2:1: the archetype catalogue has no rows after the header.")]
    [InlineData("archetype,dimension\nfan,affect\n", "mine.csv:1:1: the header must have the columns archetype,dimension,score; score is missing.")]
    [InlineData("name,weight\n", "mine.csv:1:1: the header must have the columns archetype,dimension,score; archetype, dimension, score are missing.")]
    [InlineData("archetype,dimension,score,colour\n", "mine.csv:1:27: unknown column \"colour\"; the columns are archetype, dimension, score, weight, name, description, source.")]
    [InlineData("archetype,dimension,score,Score\n", "mine.csv:1:27: column \"Score\" appears twice in the header (fields 3 and 4).")]
    [InlineData("archetype,dimension,score\nfan,affect\n", "mine.csv:2:1: expected 3 fields (archetype,dimension,score); found 2.")]
    [InlineData("archetype,dimension,score\n,affect,1\n", "mine.csv:2:1: archetype must not be empty.")]
    [InlineData("archetype,dimension,score\nfan,loyalty,1\n", "mine.csv:2:5: unknown bond dimension \"loyalty\"; known dimensions: voluntariness, basis, symmetry, formality, engagement, interaction-frequency, category-involvement, switching-ease, affect, intensity, duration, visibility.")]
    [InlineData("archetype,dimension,score\nfan,affect,high\n", "mine.csv:2:12: score must be a number; was \"high\".")]
    [InlineData("archetype,dimension,score\nfan,affect,1.5\n", "mine.csv:2:12: score must be in [-1, 1]; was 1.5.")]
    [InlineData("archetype,dimension,score\nfan,affect,1\nfan,Affect,0.5\n", "mine.csv:3:5: archetype fan already has a term on affect (line 2); give each dimension once per archetype.")]
    [InlineData("archetype,dimension,score,weight\nfan,affect,1,heavy\n", "mine.csv:2:14: weight must be a number; was \"heavy\".")]
    [InlineData("archetype,dimension,score,weight\nfan,affect,1,NaN\n", "mine.csv:2:14: weight must be a number; was \"NaN\".")]
    [InlineData("archetype,dimension,score,weight\nfan,affect,1,0\n", "mine.csv:2:14: weight must be in (0, 10]; was 0.")]
    [InlineData("archetype,dimension,score,weight\nfan,affect,1,11\n", "mine.csv:2:14: weight must be in (0, 10]; was 11.")]
    [InlineData("archetype,dimension,score,name\nfan,affect,1,Fan\nfan,basis,1,Big fan\n", "mine.csv:3:13: archetype fan has the name \"Fan\" on line 2; a second name \"Big fan\" is not allowed (leave the field empty or repeat it exactly).")]
    [InlineData("archetype,dimension,score\nFan Club,affect,1\n", "mine.csv:2:1: archetype must be kebab-case (lower-case letters and digits, words joined by single hyphens, at most 64 characters); was \"Fan Club\".")]
    [InlineData("archetype,dimension,score\nfan,affect,\"1\n", "mine.csv:2:12: a quoted field is not closed before the end of the line.")]
    public void ReadAll_BadInput_NamesFileLineAndColumn(string text, string message)
    {
        var path = TempFiles.Write(text, "mine.csv");
        using var reader = BondArchetypeCatalogCsvReader.Open(path);
        var act = () => reader.ReadAll();
        act.Should().Throw<CsvFormatException>().Which.Message.Should().Be(message.Replace("mine.csv", path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAllAsync_Stream_ReadsTheCatalogue()
    {
        using var reader = new BondArchetypeCatalogCsvReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Custom)));
        (await reader.ReadAllAsync()).Count.Should().Be(2);
    }

    [Fact]
    public void Columns_AreListed()
    {
        BondArchetypeCatalogCsvReader.RequiredColumns.Should().Equal("archetype", "dimension", "score");
        BondArchetypeCatalogCsvReader.OptionalColumns.Should().Equal("weight", "name", "description", "source");
    }

    private static BondArchetypeCatalog Read(string text)
    {
        using var reader = new BondArchetypeCatalogCsvReader(new StringReader(text));
        return reader.ReadAll();
    }
}
