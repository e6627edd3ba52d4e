using RelationshipKit.Value.Fitting;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Value.Tests.Models.BgNbd;

public partial class BgNbdModelTests
{
    [Fact]
    public void Parameters_NonPositive_Throw()
    {
        var act = () => new BgNbdParameters(0, 1, 1, 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("r must be a finite number > 0; was 0. (Parameter 'r')*");
        act = () => new BgNbdParameters(1, double.PositiveInfinity, 1, 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("alpha must be a finite number > 0; was Infinity. (Parameter 'alpha')*");
        act = () => new BgNbdParameters(1, 1, -1, 1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("a must be a finite number > 0; was -1. (Parameter 'a')*");
        act = () => new BgNbdParameters(1, 1, 1, double.NaN);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("b must be a finite number > 0; was NaN. (Parameter 'b')*");
    }

    [Fact]
    public void Ctor_DefaultParameters_Throws()
    {
        var act = () => new BgNbdModel(default, TimeUnit.Week);
        act.Should().Throw<ArgumentException>().WithMessage("parameters must be created with the BgNbdParameters constructor; was the default value (all zero). (Parameter 'parameters')");
    }

    [Fact]
    public void Parameters_Equality_FollowsTheContract()
    {
        EqualityContract.Verify(new BgNbdParameters(1, 2, 3, 4), new BgNbdParameters(1, 2, 3, 4), new BgNbdParameters(1, 2, 3, 5), new BgNbdParameters(2, 2, 3, 4));
        new BgNbdParameters(0.243, 4.414, 0.793, 2.426).ToString().Should().Be("r = 0.243, alpha = 4.414, a = 0.793, b = 2.426");
    }

    [Fact]
    public void Predictions_InvalidSummary_ThrowNamingTheArgument()
    {
        var act = () => Published.ProbabilityAlive(1.5, 1, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("frequency must be a whole number in [0, 1000000000]; was 1.5. (Parameter 'frequency')*");
        act = () => Published.ProbabilityAlive(-1, 0, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("frequency must be a whole number in [0, 1000000000]; was -1. (Parameter 'frequency')*");
        act = () => Published.ProbabilityAlive(2, 3, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("recency must be in [0, t]; was 3 with t 2. (Parameter 'recency')*");
        act = () => Published.ProbabilityAlive(0, 1, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("recency must be 0 when frequency is 0; was 1. (Parameter 'recency')*");
        act = () => Published.ConditionalExpectedPurchases(-1, 1, 1, 2);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("horizon must be a finite number >= 0; was -1. (Parameter 'horizon')*");
        act = () => Published.ExpectedPurchases(double.NaN);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("t must be a finite number >= 0; was NaN. (Parameter 't')*");
        act = () => Published.ProbabilityOfPurchases(10, -1);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("count ('-1') must be a non-negative value. (Parameter 'count')*");
    }

    [Fact]
    public void Batch_WrongUnitOrShortDestination_Throws()
    {
        var data = RfmTable.Create([1, 0], [1, 0], [2, 2], TimeUnit.Day);
        var act = () => Published.ProbabilityAlive(data, new double[2]);
        act.Should().Throw<ArgumentException>().WithMessage("data must be in the model's time unit (week); was day. Convert it with WithTimeUnit. (Parameter 'data')");
        var logLikelihood = () => Published.LogLikelihood(data);
        logLikelihood.Should().Throw<ArgumentException>().WithMessage("data must be in the model's time unit (week); was day. Convert it with WithTimeUnit. (Parameter 'data')");
        act = () => Published.ProbabilityAlive(data.WithTimeUnit(TimeUnit.Week), new double[1]);
        act.Should().Throw<ArgumentException>().WithMessage("destination must have room for every row (2); had 1. (Parameter 'destination')");
    }

    [Theory]
    [InlineData("2,1,5", "recency must be in [0, T]; row 2 was 6 with T 5.")]
    [InlineData("0,1,5", "recency must be 0 when frequency is 0; row 2 was 1.")]
    [InlineData("-1,0,5", "frequency must be a whole number in [0, 1000000000]; row 2 was -1.")]
    [InlineData("1.5,1,5", "frequency must be a whole number in [0, 1000000000]; row 2 was 1.5.")]
    public void Fit_InvalidRow_IsRejectedWithItsRowNumber(string row, string message)
    {
        // The table rejects the row when it is built, before any fit, naming the 1-based row.
        var cells = row.Split(',').Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var recency = cells[1] == 1 && cells[0] == 2 ? 6 : cells[1];
        var act = () => BgNbdModel.Fit(RfmTable.Create([1, cells[0]], [1, recency], [5, cells[2]], TimeUnit.Week));
        act.Should().Throw<DataRowException>().WithMessage(message + "*").Which.RowNumber.Should().Be(2);
    }

    [Fact]
    public void Fit_ZeroWeight_IsRejectedWithItsRowNumber()
    {
        var act = () => BgNbdModel.Fit(RfmTable.Create([1, 2], [1, 2], [5, 5], TimeUnit.Week, [1, 0]));
        act.Should().Throw<DataRowException>().WithMessage("weight must be a number in (0, 1000000000000]; row 2 was 0.*").Which.RowNumber.Should().Be(2);
    }

    [Fact]
    public void Fit_BadArguments_Throw()
    {
        var act = () => BgNbdModel.Fit(null!);
        act.Should().Throw<ArgumentNullException>();
        act = () => BgNbdModel.Fit(RfmTable.Create([], [], [], TimeUnit.Week));
        act.Should().Throw<ArgumentException>().WithMessage("data must have at least one row; was empty. (Parameter 'data')");
        act = () => BgNbdModel.Fit(CdnowData.Summary, new FitOptions { MaxIterations = 0 });
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("MaxIterations must be >= 1; was 0. (Parameter 'options')*");
    }

    [Fact]
    public void Fit_NobodyRepeats_IsAResultNotAnException()
    {
        // With no repeat purchase at all the likelihood rises forever as r/α falls to 0: a boundary estimate, reported.
        var data = RfmTable.Create([0, 0, 0], [0, 0, 0], [10, 20, 30], TimeUnit.Week);
        var fit = BgNbdModel.Fit(data);

        fit.Converged.Should().BeFalse();
        fit.Status.Should().Be(FitStatus.BoundaryEstimate);
        fit.Message.Should().Contain("boundary");
        fit.LogLikelihood.Should().NotBeNull();
    }

    [Fact]
    public void Fit_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var act = () => BgNbdModel.Fit(CdnowData.Summary, null, cancellation.Token);
        act.Should().Throw<OperationCanceledException>();
    }
}
