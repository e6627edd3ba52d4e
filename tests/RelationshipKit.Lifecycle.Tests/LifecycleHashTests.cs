namespace RelationshipKit.Lifecycle.Tests;

public class LifecycleHashTests
{
    private static readonly byte[] Bytes = [.. Enumerable.Range(0, 32).Select(i => (byte)i)];

    [Fact]
    public void ToStringAndParse_RoundTrip()
    {
        var hash = new LifecycleHash(Bytes);

        hash.ToString().Should().Be("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
        LifecycleHash.Parse(hash.ToString().ToUpperInvariant()).Should().Be(hash);
        hash.ToArray().Should().Equal(Bytes);
        hash.IsZero.Should().BeFalse();
        default(LifecycleHash).IsZero.Should().BeTrue();
    }

    [Fact]
    public void Equality_FollowsTheBytes()
    {
        var other = Bytes.ToArray();
        other[31] = 99;
        EqualityContract.Verify(new LifecycleHash(Bytes), new LifecycleHash(Bytes.ToArray()), new LifecycleHash(other), default);
    }

    [Fact]
    public void InvalidInput_Throws()
    {
        FluentActions.Invoking(() => new LifecycleHash(new byte[31])).Should().Throw<ArgumentException>().WithMessage("bytes must be 32 bytes long; was 31. (Parameter 'bytes')");
        FluentActions.Invoking(() => LifecycleHash.Parse("xyz")).Should().Throw<FormatException>().WithMessage("A lifecycle hash must be 64 hexadecimal digits; was \"xyz\".");
        LifecycleHash.TryParse(new string('g', 64), out _).Should().BeFalse();
        FluentActions.Invoking(() => new LifecycleHash(Bytes).CopyTo(new byte[8])).Should().Throw<ArgumentException>().WithParameterName("destination");
    }
}
