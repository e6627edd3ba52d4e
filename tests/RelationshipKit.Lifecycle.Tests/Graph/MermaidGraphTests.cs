using RelationshipKit.Lifecycle.Graph;
using RelationshipKit.Lifecycle.Presets;

namespace RelationshipKit.Lifecycle.Tests.Graph;

public class MermaidGraphTests
{
    [Fact]
    public void Format_Sources_MatchesSnapshot() => Snapshot.Match(MermaidGraph.Format(LifecyclePresets.Sources().Describe()));

    [Fact]
    public void Format_Dwyer_MatchesSnapshot() => Snapshot.Match(MermaidGraph.Format(LifecyclePresets.Dwyer().Describe()));

    [Fact]
    public void Format_Funnel_MatchesSnapshot() => Snapshot.Match(MermaidGraph.Format(LifecyclePresets.Funnel().Describe(), GraphDirection.LeftToRight));

    [Fact]
    public void Format_EveryFeature_MatchesSnapshot() => Snapshot.Match(MermaidGraph.Format(TestLifecycle.Build().Describe()));

    [Fact]
    public void Format_SyntaxCharactersInLabels_AreEscaped()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("a;b").InitialStage(Stage.New);
        builder.Configure(Stage.New).PermitIf(Trigger.Qualify, Stage.Open, _ => true, "score: > 80; \"hot\" #1");
        builder.Configure(Stage.Open);

        var text = MermaidGraph.Format(builder.Build().Describe());

        text.Should().Contain("title: a#59;b v1").And.Contain("New --> Open : Qualify [score#58; #62; 80#59; #34;hot#34; #35;1]");
    }

    [Fact]
    public void Format_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => MermaidGraph.Format(null!)).Should().Throw<ArgumentNullException>().WithParameterName("info");
        FluentActions.Invoking(() => MermaidGraph.Format(TestLifecycle.Build().Describe(), (GraphDirection)7)).Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage("direction must be a defined GraphDirection value; was 7. (Parameter 'direction')*");
    }
}
