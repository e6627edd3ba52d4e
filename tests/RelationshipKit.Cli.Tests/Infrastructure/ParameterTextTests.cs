using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Tests.Infrastructure;

public class ParameterTextTests
{
    private static readonly string[] BgNbd = ["r", "alpha", "a", "b"];

    [Fact]
    public void Parse_ReturnsValuesInModelOrder()
    {
        ParameterText.Parse("b=2.426, a=0.793,alpha=4.414,r=0.243", BgNbd, "--parameters").Should().Equal(0.243, 4.414, 0.793, 2.426);
    }

    [Theory]
    [InlineData("r=1,alpha=2,a=3", "--parameters: missing parameter(s) b; expected r=…, alpha=…, a=…, b=….")]
    [InlineData("r=1,alpha=2,a=3,b=4,q=5", "--parameters: unknown parameter \"q\"; expected r=…, alpha=…, a=…, b=….")]
    [InlineData("r=1,r=2,a=3,b=4", "--parameters: parameter \"r\" is given twice.")]
    [InlineData("r=x,alpha=2,a=3,b=4", "--parameters: r must be a finite number; was \"x\".")]
    [InlineData("r,alpha=2", "--parameters must be name=value pairs separated by commas (r=…, alpha=…, a=…, b=…); \"r\" has no '='.")]
    public void Parse_BadText_Throws(string text, string message)
    {
        var act = () => ParameterText.Parse(text, BgNbd, "--parameters");
        act.Should().Throw<CliUsageException>().WithMessage(message);
    }
}
