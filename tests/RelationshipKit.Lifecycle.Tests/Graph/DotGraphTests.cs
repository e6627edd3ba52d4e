using RelationshipKit.Lifecycle.Graph;
using RelationshipKit.Lifecycle.Presets;

namespace RelationshipKit.Lifecycle.Tests.Graph;

public class DotGraphTests
{
    [Fact]
    public void Format_Sources_MatchesSnapshot() => Snapshot.Match(DotGraph.Format(LifecyclePresets.Sources().Describe(), GraphDirection.LeftToRight));

    [Fact]
    public void Format_EveryFeature_MatchesSnapshot() => Snapshot.Match(DotGraph.Format(TestLifecycle.Build().Describe()));

    [Fact]
    public void Format_QuotesInNames_AreEscaped()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("say \"hi\"\\").InitialStage(Stage.New);
        builder.Configure(Stage.New);

        DotGraph.Format(builder.Build().Describe()).Should().StartWith("digraph \"say \\\"hi\\\"\\\\ v1\" {\n");
    }

    [Fact]
    public void Format_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => DotGraph.Format(null!)).Should().Throw<ArgumentNullException>().WithParameterName("info");
        FluentActions.Invoking(() => DotGraph.Format(TestLifecycle.Build().Describe(), (GraphDirection)7)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("direction");
    }
}
