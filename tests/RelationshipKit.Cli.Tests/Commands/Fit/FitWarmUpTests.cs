using RelationshipKit.Cli.Commands.Fit;
using RelationshipKit.Value.Models.BgNbd;
using RelationshipKit.Value.Models.MbgNbd;

namespace RelationshipKit.Cli.Tests.Commands.Fit;

public class FitWarmUpTests
{
    [Fact]
    public void Table_FitsTheWarmedUpModels_ThroughTheParallelPath()
    {
        // The warm-up is only worth its core when it runs the real fit's code: more rows than one likelihood chunk,
        // and a fit that converges (so the standard errors are computed too).
        var table = FitWarmUp.Table();

        table.Count.Should().BeGreaterThan(8192, "the likelihood sums chunks of 8,192 rows");
        BgNbdModel.Fit(table).Converged.Should().BeTrue();
        MbgNbdModel.Fit(table).Converged.Should().BeTrue();
    }

    [Fact]
    public async Task StartIfLarge_LargeFile_FitsTheWarmUpTable()
    {
        var path = TestFiles.Temp(string.Empty);
        using (var stream = File.OpenWrite(path))
        {
            stream.SetLength(FitWarmUp.MinimumFileBytes);
        }

        var fitted = 0;
        var task = FitWarmUp.StartIfLarge(new FileInfo(path), table => fitted = table.Count);

        task.Should().NotBeNull();
        await task!;
        fitted.Should().Be(FitWarmUp.Table().Count);
    }

    [Fact]
    public void StartIfLarge_SmallOrMissingFile_StartsNothing()
    {
        var small = TestFiles.Temp("frequency,recency,T\n1,2,3\n");
        var missing = Path.Combine(Path.GetTempPath(), "rk-cli-tests-missing-" + Guid.NewGuid().ToString("N") + ".csv");

        FitWarmUp.StartIfLarge(new FileInfo(small), table => table.Count).Should().BeNull();
        FitWarmUp.StartIfLarge(new FileInfo(missing), table => table.Count).Should().BeNull();
    }
}
