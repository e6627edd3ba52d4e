using RelationshipKit.Idic.Identify;

namespace RelationshipKit.Idic.Tests.Identify;

public class IdentifierMaskTests
{
    [Theory]
    [InlineData(IdentifierKind.Email, "jan.kowalski@example.com", "j***@e***.com")]
    [InlineData(IdentifierKind.Email, "not-an-address", "***")]
    [InlineData(IdentifierKind.Phone, "+48601234567", "+48*******67")]
    [InlineData(IdentifierKind.Phone, "601 234 567", "60*****67")]
    [InlineData(IdentifierKind.Phone, "123", "***")]
    [InlineData(IdentifierKind.AccountNumber, "PL-00012345", "***345")]
    [InlineData(IdentifierKind.LoyaltyNumber, "1234", "***")]
    [InlineData(IdentifierKind.DeviceId, "3f2504e0-4f89", "***f89")]
    public void Mask_EachKind_KeepsOnlyAFewCharacters(IdentifierKind kind, string value, string expected) =>
        IdentifierMask.Mask(kind, value).Should().Be(expected);

    [Fact]
    public void MaskName_KeepsFirstLetter()
    {
        IdentifierMask.MaskName("Kowalski").Should().Be("K***");
        IdentifierMask.MaskName(" ").Should().Be("***");
    }

    [Fact]
    public void IdentifierToString_IsMasked()
    {
        Identifier.Email("jan.kowalski@example.com").ToString().Should().Be("e-mail j***@e***.com");
        $"{Identifier.Account("PL-00012345")}".Should().Be("account number ***345");
    }

    [Fact]
    public void Identifier_Equality()
    {
        EqualityContract.Verify(Identifier.Email("a@b.pl"), Identifier.Email("a@b.pl"), Identifier.Email("A@b.pl"), Identifier.Phone("a@b.pl"));
        var act = () => Identifier.Phone("  ");
        act.Should().Throw<ArgumentException>().WithMessage("value must be 1 to 256 characters and not white space; was 2 characters. (Parameter 'value')");
    }
}
