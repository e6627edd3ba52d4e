using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Transactions;

public class TransactionReadProgressTests
{
    [Fact]
    public void Ctor_KeepsValuesAndComparesThem()
    {
        var progress = new TransactionReadProgress(10, 9, 0.5);
        (progress.LinesRead, progress.TransactionsRead, progress.Fraction).Should().Be((10L, 9L, (double?)0.5));
        EqualityContract.Verify(progress, new TransactionReadProgress(10, 9, 0.5), new TransactionReadProgress(10, 9, null), new TransactionReadProgress(11, 9, 0.5), default);
    }

    [Fact]
    public void Ctor_Guards_Throw()
    {
        var fraction = () => new TransactionReadProgress(1, 1, 1.5);
        var lines = () => new TransactionReadProgress(-1, 0, null);
        fraction.Should().Throw<ArgumentOutOfRangeException>().WithMessage("fraction must be in [0, 1]; was 1.5.*");
        lines.Should().Throw<ArgumentOutOfRangeException>().WithParameterName("linesRead");
    }
}
