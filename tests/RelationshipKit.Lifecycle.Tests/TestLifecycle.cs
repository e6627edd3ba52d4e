using NodaTime;

namespace RelationshipKit.Lifecycle.Tests;

public enum Stage
{
    New,
    Open,
    OpenOnHold,
    Won,
    Lost,
    Archived,
}

public enum Trigger
{
    Qualify,
    Hold,
    Release,
    Win,
    Lose,
    Touch,
    Refresh,
    Reopen,
    Score,
    Archive,
}

/// <summary>A small lifecycle that uses every builder feature, shared by the definition tests.</summary>
internal static class TestLifecycle
{
    internal static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 10, 0);

    internal static LifecycleDefinition<Stage, Trigger> Build(Action<LifecycleBuilder<Stage, Trigger>>? extra = null) => Build(out _, extra);

    internal static LifecycleDefinition<Stage, Trigger> Build(out TypedTrigger<Trigger, int> score, Action<LifecycleBuilder<Stage, Trigger>>? extra = null)
    {
        var builder = new LifecycleBuilder<Stage, Trigger>("deals", 1).InitialStage(Stage.New);
        score = builder.Trigger<int>(Trigger.Score);
        builder.Configure(Stage.New)
            .OnExit("log leaving new")
            .Permit(Trigger.Qualify, Stage.Open)
            .Permit(Trigger.Lose, Stage.Lost);
        builder.Configure(Stage.Open)
            .OnEntry("assign an owner")
            .OnExit("release the owner")
            .PermitIf(Trigger.Win, Stage.Won, g => g.TimeInStage >= Duration.FromDays(7), "open for at least 7 days")
            .PermitIf(score, Stage.Won, (_, points) => points >= 80, "score at least 80")
            .InternalTransition(Trigger.Touch)
            .PermitReentry(Trigger.Refresh)
            .Permit(Trigger.Hold, Stage.OpenOnHold)
            .Permit(Trigger.Lose, Stage.Lost);
        builder.Configure(Stage.OpenOnHold)
            .SubstageOf(Stage.Open)
            .OnEntry("notify the owner")
            .OnExit("clear the hold")
            .Permit(Trigger.Release, Stage.Open)
            .Block(Trigger.Win, "release the hold first");
        builder.Configure(Stage.Won).Permit(Trigger.Archive, Stage.Archived);
        builder.Configure(Stage.Lost).PermitWinBack(Trigger.Reopen, Stage.New);
        builder.Configure(Stage.Archived).Terminal();
        extra?.Invoke(builder);
        return builder.Build();
    }

    internal static LifecycleEventId E(string id) => new(id);

    internal static CustomerId C(string id) => new(id);
}
