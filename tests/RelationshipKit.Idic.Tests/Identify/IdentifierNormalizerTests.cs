using RelationshipKit.Idic.Identify;

namespace RelationshipKit.Idic.Tests.Identify;

public class IdentifierNormalizerTests
{
    private static readonly IdentifierNormalizer Polish = IdentifierNormalizer.ForRegion("PL");

    [Theory]
    [InlineData(" Jan.Kowalski@Example.COM ", "jan.kowalski@example.com")]
    [InlineData("a@b.pl", "a@b.pl")]
    public void Normalize_Email_TrimsAndLowerCases(string raw, string expected) =>
        Polish.Normalize(Identifier.Email(raw)).Should().Be(expected);

    [Theory]
    [InlineData("jan.kowalski")]
    [InlineData("jan@kowalski")]
    [InlineData("@example.com")]
    [InlineData("jan@@example.com")]
    [InlineData("jan kowalski@example.com")]
    [InlineData("jan@example.")]
    public void TryNormalize_InvalidEmail_ReturnsFalse(string raw) =>
        Polish.TryNormalize(Identifier.Email(raw), out _).Should().BeFalse();

    [Theory]
    [InlineData("601 234 567", "+48601234567")]
    [InlineData("+48 601-234-567", "+48601234567")]
    [InlineData("0048 (601) 234 567", "+48601234567")]
    [InlineData("+7 (495) 123-45-67", "+74951234567")]
    [InlineData("+49 30 1234567", "+49301234567")]
    [InlineData("+1 212 555 0100", "+12125550100")]
    public void Normalize_PhoneInPoland_ReturnsE164(string raw, string expected) =>
        Polish.Normalize(Identifier.Phone(raw)).Should().Be(expected);

    [Theory]
    [InlineData("RU", "8 (495) 123-45-67", "+74951234567")]
    [InlineData("RU", "810 48 601 234 567", "+48601234567")]
    [InlineData("DE", "030 1234567", "+49301234567")]
    [InlineData("GB", "020 7946 0958", "+442079460958")]
    [InlineData("US", "1 (212) 555-0100", "+12125550100")]
    [InlineData("US", "011 48 601 234 567", "+48601234567")]
    public void Normalize_PhoneInOtherRegions_AppliesTrunkAndInternationalPrefixes(string region, string raw, string expected) =>
        IdentifierNormalizer.ForRegion(region).Normalize(Identifier.Phone(raw)).Should().Be(expected);

    [Theory]
    [InlineData("60123456")] // 8 digits: a Polish number has 9
    [InlineData("6012345678")]
    [InlineData("+48 60123456")]
    [InlineData("601 234 567 ext. 12")]
    [InlineData("+7 495 123 45 6")]
    [InlineData("+0 123 456 789")]
    [InlineData("601+234567")]
    public void TryNormalize_InvalidPhone_ReturnsFalse(string raw) =>
        Polish.TryNormalize(Identifier.Phone(raw), out _).Should().BeFalse();

    [Fact]
    public void Normalize_AccountAndLoyalty_RemoveSpacesAndHyphensAndUpperCase()
    {
        Polish.Normalize(Identifier.Account("pl-0001 2345")).Should().Be("PL00012345");
        Polish.Normalize(Identifier.Loyalty(" 1234 5678 ")).Should().Be("12345678");
        Polish.TryNormalize(Identifier.Account("12/34"), out _).Should().BeFalse();
    }

    [Fact]
    public void Normalize_DeviceId_LowerCases()
    {
        Polish.Normalize(Identifier.Device(" 3F2504E0-4F89-11D3-9A0C-0305E82C3301 ")).Should().Be("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
        Polish.TryNormalize(Identifier.Device("dev ice"), out _).Should().BeFalse();
    }

    [Fact]
    public void Normalize_Invalid_ThrowsWithMaskedValue()
    {
        var act = () => Polish.Normalize(Identifier.Phone("+48 60123456"));
        act.Should().Throw<ArgumentException>()
            .WithMessage("identifier must be a valid phone; was phone +48******56. (Parameter 'identifier')");
    }

    [Fact]
    public void ForRegion_Unknown_Throws()
    {
        var act = () => IdentifierNormalizer.ForRegion("XX");
        act.Should().Throw<ArgumentException>().WithMessage(
            "defaultRegion must be one of BY, CA, CZ, DE, ES, FR, GB, IT, KZ, LT, NL, PL, RU, UA, US; was \"XX\". (Parameter 'defaultRegion')");
    }

    [Fact]
    public void Ctor_CustomPhoneNormalizer_IsUsed()
    {
        var normalizer = new IdentifierNormalizer(new DigitsOnly());
        normalizer.Normalize(Identifier.Phone("(12) 34")).Should().Be("+1234");
        normalizer.PhoneNumbers.Should().BeOfType<DigitsOnly>();
    }

    private sealed class DigitsOnly : PhoneNumberNormalizer
    {
        public override bool TryNormalize(string value, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? e164)
        {
            e164 = "+" + new string(value.Where(char.IsAsciiDigit).ToArray());
            return e164.Length > 1;
        }
    }
}
