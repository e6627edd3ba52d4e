using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Transactions;

public class TransactionCsvExceptionTests
{
    [Fact]
    public void Ctor_FormatsThePositionIntoTheMessage()
    {
        var error = new TransactionCsvException(12, 18, "date is empty.");
        error.Message.Should().Be("line 12, column 18: date is empty.");
        (error.LineNumber, error.Column, error.Reason).Should().Be((12L, 18, "date is empty."));
        error.Should().BeAssignableTo<FormatException>();
    }
}
