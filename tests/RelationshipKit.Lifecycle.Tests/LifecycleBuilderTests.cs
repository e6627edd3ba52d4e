using static RelationshipKit.Lifecycle.Tests.TestLifecycle;

namespace RelationshipKit.Lifecycle.Tests;

public class LifecycleBuilderTests
{
    [Fact]
    public void Build_ValidConfiguration_ReturnsDefinitionWithNameVersionAndStages()
    {
        var definition = TestLifecycle.Build();

        definition.Name.Should().Be("deals");
        definition.Version.Should().Be(1);
        definition.InitialStage.Should().Be(Stage.New);
        definition.Stages.Should().Equal(Stage.New, Stage.Open, Stage.OpenOnHold, Stage.Won, Stage.Lost, Stage.Archived);
        definition.ToString().Should().Be("deals v1");
    }

    [Fact]
    public void Build_ManyProblems_ListsEveryProblemAtOnce()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("broken");
        builder.Configure(Stage.New).Permit(Trigger.Qualify, Stage.Open).Permit(Trigger.Lose, Stage.Lost).Permit(Trigger.Lose, Stage.Won);
        builder.Configure(Stage.OpenOnHold).SubstageOf(Stage.Open);
        builder.Configure(Stage.Won);

        var act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "The lifecycle definition \"broken\" has 5 problems:\n"
            + "- No initial stage: call InitialStage(stage).\n"
            + "- Substage OpenOnHold names parent Open, which is not configured.\n"
            + "- New --Qualify--> Open: stage Open is not configured.\n"
            + "- New --Lose--> Lost: stage Lost is not configured.\n"
            + "- New has 2 unguarded transitions for Lose (to Lost and Won); guard all but one.");
    }

    [Fact]
    public void Build_UnreachableStages_NamesThem()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("gaps").InitialStage(Stage.New);
        builder.Configure(Stage.New).Permit(Trigger.Qualify, Stage.Open);
        builder.Configure(Stage.Open);
        builder.Configure(Stage.Won).Permit(Trigger.Archive, Stage.Archived);
        builder.Configure(Stage.Archived);

        var act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "The lifecycle definition \"gaps\" has 1 problem:\n- Unreachable stages (no transition leads to them from the initial stage New): Won and Archived.");
    }

    [Fact]
    public void Build_InitialStageNotConfigured_SaysToConfigureIt()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("x").InitialStage(Stage.Won);
        builder.Configure(Stage.New);

        var act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "The lifecycle definition \"x\" has 1 problem:\n- The initial stage Won is not configured: call Configure(Won).");
    }

    [Fact]
    public void Build_NoStage_SaysToConfigureStages()
    {
        var act = () => new LifecycleBuilder<Stage, Trigger>("empty").Build();

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "The lifecycle definition \"empty\" has 2 problems:\n- No stage is configured: call Configure(stage) for each stage.\n- No initial stage: call InitialStage(stage).");
    }

    [Fact]
    public void Build_StructuralMistakes_AreEachNamed()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("mistakes").InitialStage(Stage.New);
        builder.Configure(Stage.New)
            .Permit(Trigger.Qualify, Stage.New)
            .Permit(Trigger.Hold, Stage.Open)
            .Permit((Trigger)42, Stage.Open)
            .Block(Trigger.Win, "never");
        builder.Configure(Stage.Open).SubstageOf(Stage.OpenOnHold).Permit(Trigger.Lose, Stage.Lost).Block(Trigger.Lose, "no");
        builder.Configure(Stage.OpenOnHold).SubstageOf(Stage.Open);
        builder.Configure(Stage.Lost).Terminal().Permit(Trigger.Reopen, Stage.New);
        builder.Configure((Stage)99);

        var act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "The lifecycle definition \"mistakes\" has 8 problems:\n"
            + "- Stage 99 is not a member of Stage.\n"
            + "- Substages form a cycle: Open -> OpenOnHold -> Open.\n"
            + "- New --Qualify--> New: a transition to the same stage must be declared with PermitReentry or InternalTransition.\n"
            + "- New --42--> Open: trigger 42 is not a member of Trigger.\n"
            + "- New blocks Win, which no parent stage permits; a trigger that is not permitted is rejected anyway.\n"
            + "- Open both permits and blocks Lose.\n"
            + "- Lost is terminal but permits Reopen.\n"
            + "- Unreachable stages (no transition leads to them from the initial stage New): 99.");
    }

    [Fact]
    public void Build_MigrationProblems_AreNamed()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("v", 2).InitialStage(Stage.New);
        builder.Configure(Stage.New);
        builder.MigrateFrom(1, m => m.Rename("Prospect", Stage.Won));
        builder.MigrateFrom(3, _ => { });

        var act = () => builder.Build();

        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Be(
            "The lifecycle definition \"v\" has 2 problems:\n"
            + "- The migration from version 1 maps \"Prospect\" to Won, which is not configured.\n"
            + "- The migration from version 3 needs a definition version above 3; Version is 2.");
    }

    [Fact]
    public void Build_Twice_ThrowsAndSaysToCreateANewBuilder()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>().InitialStage(Stage.New);
        builder.Configure(Stage.New);
        builder.Build();

        var act = () => builder.Build();
        var configure = () => builder.Configure(Stage.Open);

        act.Should().Throw<InvalidOperationException>().WithMessage(
            "This LifecycleBuilder was already built; a builder is single use. Create a new LifecycleBuilder for another definition.");
        configure.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Arguments_Invalid_ThrowNamingArgumentRuleAndValue()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>();
        var stage = builder.Configure(Stage.Open);
        var token = builder.Trigger<int>(Trigger.Score);
        var otherToken = new LifecycleBuilder<Stage, Trigger>().Trigger<int>(Trigger.Score);

        FluentActions.Invoking(() => builder.Name = " ").Should().Throw<ArgumentException>().WithMessage("value must not be empty or white space; was \" \". (Parameter 'value')");
        FluentActions.Invoking(() => builder.Name = new string('n', 101)).Should().Throw<ArgumentException>().WithMessage("value must be at most 100 characters; was 101 characters. (Parameter 'value')");
        FluentActions.Invoking(() => builder.Version = 0).Should().Throw<ArgumentOutOfRangeException>().WithMessage("Version must be at least 1; was 0. (Parameter 'value')*");
        FluentActions.Invoking(() => stage.SubstageOf(Stage.Open)).Should().Throw<ArgumentException>().WithMessage("parent must differ from the stage itself; was Open. (Parameter 'parent')");
        stage.SubstageOf(Stage.New);
        FluentActions.Invoking(() => stage.SubstageOf(Stage.Won)).Should().Throw<ArgumentException>().WithMessage("parent of Open was already set to New; was Won. (Parameter 'parent')");
        FluentActions.Invoking(() => stage.PermitIf(Trigger.Win, Stage.Won, null!, "d")).Should().Throw<ArgumentNullException>().WithParameterName("guard");
        FluentActions.Invoking(() => stage.PermitIf(Trigger.Win, Stage.Won, _ => true, "")).Should().Throw<ArgumentException>().WithMessage("description must not be empty or white space; was \"\". (Parameter 'description')");
        FluentActions.Invoking(() => stage.PermitIf(Trigger.Win, Stage.Won, _ => true, new string('d', 501))).Should().Throw<ArgumentException>().WithMessage("description must be at most 500 characters; was 501 characters. (Parameter 'description')");
        FluentActions.Invoking(() => stage.OnEntry(" ")).Should().Throw<ArgumentException>().WithMessage("description must not be empty or white space; was \" \". (Parameter 'description')");
        FluentActions.Invoking(() => stage.Block(Trigger.Win, null!)).Should().Throw<ArgumentNullException>().WithParameterName("description");
        FluentActions.Invoking(() => builder.Trigger<string>(Trigger.Score)).Should().Throw<ArgumentException>().WithMessage(
            "trigger Score was already declared (argument type Int32); declare each typed trigger once and reuse its token. (Parameter 'trigger')");
        FluentActions.Invoking(() => stage.PermitIf(otherToken, Stage.Won, (_, _) => true, "d")).Should().Throw<ArgumentException>().WithMessage(
            "trigger must be a token declared on this builder with Trigger<Int32>(); Score(Int32) was not. (Parameter 'trigger')");
        FluentActions.Invoking(() => builder.MigrateFrom(0, _ => { })).Should().Throw<ArgumentOutOfRangeException>().WithMessage("fromVersion must be at least 1; was 0. (Parameter 'fromVersion')*");
        builder.MigrateFrom(1, _ => { });
        FluentActions.Invoking(() => builder.MigrateFrom(1, _ => { })).Should().Throw<ArgumentException>().WithMessage("fromVersion 1 already has a migration; declare each once. (Parameter 'fromVersion')");
        FluentActions.Invoking(() => builder.MigrateFrom(2, m => m.Rename("A", Stage.New).Rename("A", Stage.Open))).Should().Throw<ArgumentException>().WithMessage(
            "oldName must be mapped once; \"A\" already maps to New. (Parameter 'oldName')");
        FluentActions.Invoking(() => builder.MigrateFrom(3, m => m.Merge([], Stage.New))).Should().Throw<ArgumentException>().WithMessage("oldNames must name at least one stage; was empty. (Parameter 'oldNames')");
        token.Trigger.Should().Be(Trigger.Score);
    }

    [Fact]
    public void Configure_SameStageTwice_AddsToOneStage()
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("twice").InitialStage(Stage.New);
        builder.Configure(Stage.New).Permit(Trigger.Qualify, Stage.Open);
        builder.Configure(Stage.New).Permit(Trigger.Lose, Stage.Lost);
        builder.Configure(Stage.Open);
        builder.Configure(Stage.Lost);

        var definition = builder.Build();

        definition.Stages.Should().Equal(Stage.New, Stage.Open, Stage.Lost);
        definition.Describe().Transitions.Select(t => t.Trigger).Should().Equal("Qualify", "Lose");
    }
}
