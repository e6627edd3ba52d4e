using RelationshipKit.Csv;

namespace RelationshipKit.Tests.Csv;

/// <summary>The tokenizer compiled into every package that reads CSV (src/Shared/Csv): tested once, here.</summary>
public class CsvTokenizerTests
{
    [Fact]
    public void ReadLine_SkipsBlankAndCommentLines_CountsThem_StripsCrAndByteOrderMark()
    {
        using var csv = Tokenizer("\uFEFFa,b\r\n\r\n  \t\n# note\nc,d\ne", comments: true);

        var lines = new List<(long, string)>();
        while (csv.ReadLine())
        {
            lines.Add((csv.LineNumber, csv.Line.ToString()));
        }

        lines.Should().Equal((1L, "a,b"), (5L, "c,d"), (6L, "e"));
    }

    [Fact]
    public void ReadLine_WithoutCommentOption_KeepsHashLines()
    {
        using var csv = Tokenizer("# id,x\n");
        csv.ReadLine().Should().BeTrue();
        csv.Line.ToString().Should().Be("# id,x");
    }

    [Fact]
    public void ReadLine_LineLongerThanTheBuffer_IsReadWhole()
    {
        var longLine = new string('x', 200_000) + ",y";
        using var csv = Tokenizer(longLine + "\nz\n");

        csv.ReadLine().Should().BeTrue();
        csv.SplitAll().Select(f => f.Text).Should().Equal(longLine[..^2], "y");
        csv.ReadLine().Should().BeTrue();
        csv.Line.ToString().Should().Be("z");
        csv.ReadLine().Should().BeFalse();
        csv.AtEnd.Should().BeTrue();
    }

    [Fact]
    public void SplitAll_QuotesAndSpaces_GiveTextAndColumn()
    {
        using var csv = Tokenizer("  a , \"b,c\" ,\"say \"\"hi\"\"\",,  \n");
        csv.ReadLine();

        csv.SplitAll().Should().Equal(
            new CsvTokenizer.Field("a", 3),
            new CsvTokenizer.Field("b,c", 7),
            new CsvTokenizer.Field("say \"hi\"", 14),
            new CsvTokenizer.Field(string.Empty, 27),
            new CsvTokenizer.Field(string.Empty, 30));
    }

    [Fact]
    public void SplitAll_WhitespaceRuns_SplitsOnSpacesAndTabs()
    {
        using var csv = Tokenizer("  00001  19970101\t1   11.77\n", delimiter: CsvTokenizer.WhitespaceRuns);
        csv.ReadLine();

        csv.SplitAll().Should().Equal(
            new CsvTokenizer.Field("00001", 3),
            new CsvTokenizer.Field("19970101", 10),
            new CsvTokenizer.Field("1", 19),
            new CsvTokenizer.Field("11.77", 23));
    }

    [Theory]
    [InlineData("a,\"b", 3, "a quoted field is not closed before the end of the line.")]
    [InlineData("\"a\" x,b", 5, "expected a comma after the closing quote of a quoted field.")]
    public void SplitAll_BadQuotes_ThrowAtTheColumn(string line, int column, string reason)
    {
        using var csv = Tokenizer(line + "\n", path: "x.csv");
        csv.ReadLine();

        var act = () => csv.SplitAll();

        act.Should().Throw<CsvFormatException>().Which.Should().Match<CsvFormatException>(e =>
            e.Path == "x.csv" && e.LineNumber == 1 && e.Column == column && e.Reason == reason);
    }

    [Theory]
    [InlineData("id;x;y\n 7 ; 2,5 ;z\n", ';', false)]
    [InlineData("id\tx\ty\n 7 \t 2,5 \tz\n", '\t', false)]
    [InlineData("id,x,y\n 7 ,\"2,5\",z\n", ',', true)]
    public void Split_SelectedFields_AreFoundWithoutTheOthers(string text, char delimiter, bool quoted)
    {
        using var csv = Tokenizer(text, delimiter: delimiter);
        csv.ReadLine();
        csv.Select([1, -1, 0]);
        csv.ReadLine();

        csv.Split(countAll: true).Should().Be(3);

        csv.Slot(0).ToString().Should().Be("2,5");
        csv.SlotColumn(0).Should().Be(quoted ? 5 : 6);
        csv.HasSlot(1).Should().BeFalse();
        csv.Slot(2).ToString().Should().Be("7");
        csv.SlotColumn(2).Should().Be(2);
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public void Split_LongAndShortRandomLines_AgreeWithSplitAll(char delimiter)
    {
        // Lines of 0 to 90 characters cross the 16-character blocks that unquoted lines are split in; some have quotes.
        var random = new Random(20240611);
        var alphabet = new[] { 'a', '7', '.', ' ', ' ', '\t', delimiter, delimiter, delimiter };
        for (var n = 0; n < 2000; n++)
        {
            var line = "x" + new string([.. Enumerable.Range(0, random.Next(91)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            if (n % 5 == 0)
            {
                line = "\"q\"" + delimiter + line;
            }

            using var csv = Tokenizer(line + "\n", delimiter: delimiter);
            csv.ReadLine();
            var expected = csv.SplitAll();
            csv.Select([.. Enumerable.Range(0, expected.Count)]);

            csv.Split(countAll: true).Should().Be(expected.Count, "line \"{0}\"", csv.Line.ToString());
            for (var slot = 0; slot < expected.Count; slot++)
            {
                csv.Slot(slot).ToString().Should().Be(expected[slot].Text, "field {0} of \"{1}\"", slot, csv.Line.ToString());
                csv.SlotColumn(slot).Should().Be(expected[slot].Column, "field {0} of \"{1}\"", slot, csv.Line.ToString());
            }

            csv.Select([0]);
            csv.Split(countAll: false).Should().Be(Math.Min(1, expected.Count));
        }
    }

    [Fact]
    public void Split_NotCountingAll_StopsAfterTheLastSelectedField()
    {
        using var csv = Tokenizer("a,b,c,d,e\n");
        csv.ReadLine();
        csv.Select([1]);

        csv.Split(countAll: false).Should().Be(2);
        csv.Split(countAll: true).Should().Be(5);
    }

    [Fact]
    public void Split_ShortLine_LeavesMissingSlotsEmpty()
    {
        using var csv = Tokenizer("a\n");
        csv.ReadLine();
        csv.Select([0, 3]);

        csv.Split(countAll: true).Should().Be(1);
        csv.HasSlot(0).Should().BeTrue();
        csv.HasSlot(1).Should().BeFalse();
    }

    [Fact]
    public void RejectRepeatedNames_NamesTheColumnAndBothFields()
    {
        using var csv = Tokenizer("id,T,x,t\n", path: "s.csv");
        csv.ReadLine();
        var header = csv.SplitAll();

        var act = () => csv.RejectRepeatedNames(header);

        act.Should().Throw<CsvFormatException>().Which.Message.Should().Be("s.csv:1:8: column \"t\" appears twice in the header (fields 2 and 4).");
    }

    [Fact]
    public void Excerpt_CleansControlCharactersAndCutsLongText()
    {
        CsvTokenizer.Excerpt("a\u0001b\tc").Should().Be("a?b\tc");
        CsvTokenizer.Excerpt(new string('x', 100)).Should().Be(new string('x', 80) + "…");
    }

    [Theory]
    [InlineData("a,b;c", ',')]
    [InlineData("a;b\tc", ';')]
    [InlineData("a\tb", '\t')]
    [InlineData("ab", ',')]
    public void DetectDelimiter_PrefersCommaThenSemicolonThenTab(string header, char expected) =>
        CsvTokenizer.DetectDelimiter(header).Should().Be(expected);

    [Fact]
    public void Fraction_OfASeekableStream_ReachesOne()
    {
        var stream = new MemoryStream("a\nb\n"u8.ToArray());
        using var csv = new CsvTokenizer(CsvTokenizer.CreateStreamReader(stream), stream, null, ',');
        csv.Fraction.Should().Be(0);
        while (csv.ReadLine())
        {
        }

        csv.Fraction.Should().Be(1);
    }

    [Fact]
    public async Task ReadLineAsync_ReadsLikeReadLine()
    {
        using var csv = Tokenizer("a\n\nb\n");
        (await csv.ReadLineAsync(CancellationToken.None)).Should().BeTrue();
        (await csv.ReadLineAsync(CancellationToken.None)).Should().BeTrue();
        csv.LineNumber.Should().Be(3);
        (await csv.ReadLineAsync(CancellationToken.None)).Should().BeFalse();
    }

    private static CsvTokenizer Tokenizer(string text, char delimiter = ',', bool comments = false, string? path = null) =>
        new(new StringReader(text), null, path, delimiter, comments);
}
