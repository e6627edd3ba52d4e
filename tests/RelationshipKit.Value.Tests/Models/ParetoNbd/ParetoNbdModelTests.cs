using RelationshipKit.Value.Models.ParetoNbd;

namespace RelationshipKit.Value.Tests.Models.ParetoNbd;

public partial class ParetoNbdModelTests
{
    /// <summary>The parameters of the prediction oracles (Fader &amp; Hardie's CDNOW fit, weeks).</summary>
    private static ParetoNbdModel Cdnow() => new(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562), TimeUnit.Week);

    [Fact]
    public void Ctor_DefaultParameters_Throws()
    {
        var act = () => new ParetoNbdModel(default, TimeUnit.Week);
        act.Should().Throw<ArgumentException>().WithMessage("parameters must have every value > 0; was the default value. (Parameter 'parameters')");
    }

    [Fact]
    public void Ctor_KnownParameters_ExposesThem()
    {
        var model = Cdnow();
        model.Parameters.Should().Be(new ParetoNbdParameters(0.5534, 10.5802, 0.6061, 11.6562));
        model.TimeUnit.Should().Be(TimeUnit.Week);
        model.Name.Should().Be("paretonbd");
        model.ToString().Should().Be("Pareto/NBD (week): r = 0.5534, alpha = 10.5802, s = 0.6061, beta = 11.6562");
    }
}
