using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Transactions;

public class CsvColumnTests
{
    [Fact]
    public void Named_TrimsAndMatchesIgnoringCase()
    {
        var column = CsvColumn.Named(" Date ");
        (column.Name, column.Position, column.IsDefault).Should().Be(("Date", (int?)null, false));
        column.ToString().Should().Be("\"Date\"");
        EqualityContract.Verify(column, CsvColumn.Named("DATE"), CsvColumn.Named("day"), CsvColumn.At(1), default);
    }

    [Fact]
    public void At_KeepsThePosition()
    {
        var column = CsvColumn.At(3);
        (column.Name, column.Position, column.IsDefault).Should().Be(((string?)null, (int?)3, false));
        column.ToString().Should().Be("#3");
        EqualityContract.Verify(column, CsvColumn.At(3), CsvColumn.At(4), default);
        default(CsvColumn).IsDefault.Should().BeTrue();
        default(CsvColumn).ToString().Should().BeEmpty();
    }

    [Fact]
    public void Factories_Guard()
    {
        var empty = () => CsvColumn.Named("  ");
        var nothing = () => CsvColumn.Named(null!);
        var zero = () => CsvColumn.At(0);
        empty.Should().Throw<ArgumentException>().WithMessage("name must not be empty or white space; was \"  \". (Parameter 'name')");
        nothing.Should().Throw<ArgumentNullException>().WithParameterName("name");
        zero.Should().Throw<ArgumentOutOfRangeException>().WithMessage("position must be >= 1; was 0.*").WithParameterName("position");
    }
}
