using System.Globalization;
using RelationshipKit.Value.Transactions;

namespace RelationshipKit.Value.Tests.Transactions;

public class DoubleTextTests
{
    private static readonly DoubleText Invariant = new(CultureInfo.InvariantCulture);

    [Fact]
    public void TryParse_RandomTexts_AgreeBitForBitWithTheBcl()
    {
        var random = new Random(20261124);
        for (var i = 0; i < 200_000; i++)
        {
            var digits = new char[random.Next(1, 21)];
            for (var k = 0; k < digits.Length; k++)
            {
                digits[k] = (char)('0' + random.Next(10));
            }

            var text = new string(digits);
            var point = random.Next(0, digits.Length + 1);
            text = point == digits.Length ? text : text[..point] + "." + text[point..];
            if (random.Next(4) == 0)
            {
                text += "e" + random.Next(-80, 80).ToString(CultureInfo.InvariantCulture);
            }

            Check(text);
            Check((random.NextDouble() * Math.Pow(10, random.Next(-30, 30))).ToString("R", CultureInfo.InvariantCulture));
            Check((random.Next(0, 100_000) / 7.0).ToString("R", CultureInfo.InvariantCulture));
        }
    }

    [Theory]
    [InlineData("9007199254740993")] // 2^53 + 1: halfway, rounds to even
    [InlineData("9007199254740995")]
    [InlineData("4503599627370497.5")]
    [InlineData("1e23")]
    [InlineData("0.1")]
    [InlineData("7e-22")]
    [InlineData("7e22")]
    [InlineData("30.428571428571427")]
    [InlineData("1.7976931348623157e308")]
    [InlineData("2.2250738585072014e-308")]
    [InlineData("1.00000000000000011102230246251565404236316680908203125")]
    [InlineData("12345678901234567890123")]
    [InlineData("-0")]
    [InlineData("+5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("-2.5E-3")]
    public void TryParse_EdgeCases_AgreeWithTheBcl(string text) => Check(text);

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("1e")]
    [InlineData("abc")]
    [InlineData("1,5")]
    public void TryParse_NotANumber_ReturnsFalse(string text) => Invariant.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void TryParse_DecimalCommaCulture_ReadsTheCulturesSeparator()
    {
        var polish = new DoubleText(CultureInfo.GetCultureInfo("pl-PL"));
        polish.TryParse("30,43", out var value).Should().BeTrue();
        value.Should().Be(30.43);
    }

    [Fact]
    public void TryParse_NonFiniteWords_FallBackToTheCulture()
    {
        Invariant.TryParse("NaN", out var nan).Should().BeTrue();
        double.IsNaN(nan).Should().BeTrue("callers check finiteness");
        Invariant.TryParse("Infinity", out var infinity).Should().BeTrue();
        infinity.Should().Be(double.PositiveInfinity);
    }

    private static void Check(string text)
    {
        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        Invariant.TryParse(text, out var actual).Should().BeTrue(text);
        BitConverter.DoubleToInt64Bits(actual).Should().Be(BitConverter.DoubleToInt64Bits(expected), text);
    }
}
