namespace RelationshipKit.Tests;

public class CsvFormatExceptionTests
{
    [Fact]
    public void Ctor_WithPath_MessageIsFileLineColumnReason()
    {
        var error = new CsvFormatException("data/summary.csv", 12, 18, "recency must be a number; was \"abc\".", "t_x");

        error.Message.Should().Be("data/summary.csv:12:18: recency must be a number; was \"abc\".");
        (error.Path, error.LineNumber, error.Column, error.ColumnName, error.Reason).Should().Be(("data/summary.csv", 12L, 18, "t_x", "recency must be a number; was \"abc\"."));
        error.Should().BeAssignableTo<FormatException>();
    }

    [Fact]
    public void Ctor_WithoutPath_MessageNamesLineAndColumn()
    {
        var inner = new InvalidOperationException("inner");
        var error = new CsvFormatException(null, 3, 1, "the file has a header but no data rows.", innerException: inner);

        error.Message.Should().Be("line 3, column 1: the file has a header but no data rows.");
        error.ColumnName.Should().BeNull();
        error.InnerException.Should().BeSameAs(inner);
    }

    [Theory]
    [InlineData(0, 1, "lineNumber must be >= 1; was 0. (Parameter 'lineNumber')\nActual value was 0.")]
    [InlineData(1, 0, "column must be >= 1; was 0. (Parameter 'column')\nActual value was 0.")]
    public void Ctor_PositionBelowOne_Throws(long line, int column, string message)
    {
        var act = () => new CsvFormatException("x.csv", line, column, "reason");
        act.Should().Throw<ArgumentOutOfRangeException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Ctor_NullReason_Throws()
    {
        var act = () => new CsvFormatException("x.csv", 1, 1, null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("reason");
    }
}
