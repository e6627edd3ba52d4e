namespace RelationshipKit.Tests;

public class CustomerIdTests
{
    [Fact]
    public void Ctor_TrimsAndKeepsLeadingZeros()
    {
        new CustomerId("  00001 ").Value.Should().Be("00001");
    }

    [Fact]
    public void Ctor_Null_Throws()
    {
        var act = () => new CustomerId(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("value");
    }

    [Fact]
    public void Ctor_WhiteSpace_Throws()
    {
        var act = () => new CustomerId("   ");
        act.Should().Throw<ArgumentException>().WithMessage("value must not be empty or white space; was \"   \". (Parameter 'value')");
    }

    [Fact]
    public void Ctor_TooLong_Throws()
    {
        var act = () => new CustomerId(new string('a', 129));
        act.Should().Throw<ArgumentException>().WithMessage("value must be at most 128 characters after trimming; was 129 characters. (Parameter 'value')");
        new CustomerId(new string('a', 128)).Value.Should().HaveLength(128);
    }

    [Fact]
    public void Equality_IsOrdinal()
    {
        EqualityContract.Verify(new CustomerId("abc"), new CustomerId(" abc"), new CustomerId("ABC"), new CustomerId("abd"), default);
    }

    [Fact]
    public void Comparison_IsOrdinal()
    {
        ComparisonContract.Verify(new CustomerId("00001"), new CustomerId("00001"), new CustomerId("1"), new CustomerId("a"));
    }

    [Fact]
    public void Default_IsEmptyAndSortsFirst()
    {
        default(CustomerId).Value.Should().BeEmpty();
        default(CustomerId).IsDefault.Should().BeTrue();
        new CustomerId("x").IsDefault.Should().BeFalse();
        (default(CustomerId) < new CustomerId("0")).Should().BeTrue();
        default(CustomerId).ToString().Should().BeEmpty();
    }
}
