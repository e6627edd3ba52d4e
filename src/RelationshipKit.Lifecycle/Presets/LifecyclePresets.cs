namespace RelationshipKit.Lifecycle.Presets;

/// <summary>
/// Provides the ready-made lifecycles: the sources' order (seed 002, the default), Dwyer, Schurr &amp; Oh's (1987)
/// classic order, and a customer-journey funnel. Each comes as a built definition and as a <c>Configure*</c> method
/// that sets up a builder, so an application can add its own effects, guards or stages before building.
/// </summary>
/// <remarks>
/// <para>In the two relationship presets every active stage has a conflict substage (seed 000: a complaint is the
/// decisive test): <see cref="RelationshipTrigger.Complain"/> enters it, <see cref="RelationshipTrigger.ResolveWell"/>
/// returns to exactly the stage the relationship was in (from where it may advance again: "handled well, the potential
/// to improve the relationship clearly grows"), <see cref="RelationshipTrigger.ResolveBadly"/> dissolves it. While in
/// conflict the relationship is still in its stage (<c>IsIn</c>), cannot advance, and a further complaint is recorded
/// as an internal transition.</para>
/// <para>Dissolution is reachable from every stage with <see cref="Dissolve"/> and a <see cref="DissolutionReason"/>;
/// <see cref="RelationshipTrigger.WinBack"/> starts a new episode at exploration (seed 002: reconnecting with a former
/// client).</para>
/// </remarks>
public static class LifecyclePresets
{
    /// <summary>Gets the token of <see cref="RelationshipTrigger.Dissolve"/>, which carries a <see cref="DissolutionReason"/>.</summary>
    public static TypedTrigger<RelationshipTrigger, DissolutionReason> Dissolve { get; } = new(RelationshipTrigger.Dissolve, null);

    /// <summary>Gets the token of <see cref="FunnelTrigger.Purchase"/>, which carries the customer's purchase count including this purchase.</summary>
    public static TypedTrigger<FunnelTrigger, int> Purchase { get; } = new(FunnelTrigger.Purchase, count => count.ToString(System.Globalization.CultureInfo.InvariantCulture) + " purchases");

    /// <summary>Builds the sources' lifecycle (seed 002): exploration → awareness → expansion → commitment → dissolution.</summary>
    /// <param name="name">The definition's name.</param>
    /// <returns>The definition (version 1).</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is empty or longer than 100 characters.</exception>
    public static LifecycleDefinition<RelationshipStage, RelationshipTrigger> Sources(string name = "sources")
    {
        var builder = new LifecycleBuilder<RelationshipStage, RelationshipTrigger>(name);
        ConfigureSources(builder);
        return builder.Build();
    }

    /// <summary>Builds Dwyer, Schurr &amp; Oh's (1987) lifecycle: awareness → exploration → expansion → commitment → dissolution.</summary>
    /// <param name="name">The definition's name.</param>
    /// <returns>The definition (version 1).</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is empty or longer than 100 characters.</exception>
    public static LifecycleDefinition<RelationshipStage, RelationshipTrigger> Dwyer(string name = "dwyer")
    {
        var builder = new LifecycleBuilder<RelationshipStage, RelationshipTrigger>(name);
        ConfigureDwyer(builder);
        return builder.Build();
    }

    /// <summary>Builds the customer-journey funnel: prospect → first purchase → repeat → loyal → lapsed → won back.</summary>
    /// <param name="options">The thresholds; null uses the defaults.</param>
    /// <param name="name">The definition's name.</param>
    /// <returns>The definition (version 1).</returns>
    /// <exception cref="ArgumentException">Thrown when <paramref name="name"/> is empty or longer than 100 characters.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range.</exception>
    public static LifecycleDefinition<FunnelStage, FunnelTrigger> Funnel(FunnelOptions? options = null, string name = "funnel")
    {
        var builder = new LifecycleBuilder<FunnelStage, FunnelTrigger>(name);
        ConfigureFunnel(builder, options);
        return builder.Build();
    }

    /// <summary>Configures <paramref name="builder"/> with the sources' lifecycle (seed 002) and declares <see cref="Dissolve"/>.</summary>
    /// <param name="builder">A fresh builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the builder already declared <see cref="RelationshipTrigger.Dissolve"/> with another token.</exception>
    public static LifecycleBuilder<RelationshipStage, RelationshipTrigger> ConfigureSources(LifecycleBuilder<RelationshipStage, RelationshipTrigger> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Declare(Dissolve);
        builder.InitialStage(RelationshipStage.Exploration);
        builder.Configure(RelationshipStage.Exploration)
            .Describe("The customer tests the supplier's capabilities and performance, or a product's usefulness.")
            .OnEntry("Thank the customer by phone right after the sale and check satisfaction.")
            .Permit(RelationshipTrigger.Advance, RelationshipStage.Awareness)
            .Permit(RelationshipTrigger.TestFailed, RelationshipStage.Dissolution);
        builder.Configure(RelationshipStage.Awareness)
            .Describe("The customer understands the motivating values of the supplier or of its products.")
            .Permit(RelationshipTrigger.Advance, RelationshipStage.Expansion);
        builder.Configure(RelationshipStage.Expansion)
            .Describe("The supplier earns the customer's trust; the customer becomes strongly interdependent with it.")
            .Permit(RelationshipTrigger.Advance, RelationshipStage.Commitment);
        builder.Configure(RelationshipStage.Commitment)
            .Describe("The strongest stage: providers adapt to the customer's business rules and goals.");
        ConfigureConflictAndEnd(builder, [RelationshipStage.Exploration, RelationshipStage.Awareness, RelationshipStage.Expansion, RelationshipStage.Commitment]);
        return builder;
    }

    /// <summary>Configures <paramref name="builder"/> with Dwyer, Schurr &amp; Oh's (1987) lifecycle and declares <see cref="Dissolve"/>.</summary>
    /// <param name="builder">A fresh builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the builder already declared <see cref="RelationshipTrigger.Dissolve"/> with another token.</exception>
    /// <remarks>Awareness comes first and means "a party recognises the other as a possible partner", before any exchange, so it
    /// has no conflict substage; exploration is the trial phase that a failed test ends.</remarks>
    public static LifecycleBuilder<RelationshipStage, RelationshipTrigger> ConfigureDwyer(LifecycleBuilder<RelationshipStage, RelationshipTrigger> builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Declare(Dissolve);
        builder.InitialStage(RelationshipStage.Awareness);
        builder.Configure(RelationshipStage.Awareness)
            .Describe("A party recognises the other as a possible partner; no exchange yet.")
            .Permit(RelationshipTrigger.Advance, RelationshipStage.Exploration)
            .Permit(RelationshipTrigger.Dissolve, RelationshipStage.Dissolution);
        builder.Configure(RelationshipStage.Exploration)
            .Describe("Search and trial: the parties test obligations, benefits and burdens.")
            .Permit(RelationshipTrigger.Advance, RelationshipStage.Expansion)
            .Permit(RelationshipTrigger.TestFailed, RelationshipStage.Dissolution);
        builder.Configure(RelationshipStage.Expansion)
            .Describe("Benefits grow and the parties depend on each other more.")
            .Permit(RelationshipTrigger.Advance, RelationshipStage.Commitment);
        builder.Configure(RelationshipStage.Commitment)
            .Describe("An implicit or explicit pledge of continuity between the partners.");
        ConfigureConflictAndEnd(builder, [RelationshipStage.Exploration, RelationshipStage.Expansion, RelationshipStage.Commitment]);
        return builder;
    }

    /// <summary>Configures <paramref name="builder"/> with the customer-journey funnel and declares <see cref="Purchase"/>.</summary>
    /// <param name="builder">A fresh builder.</param>
    /// <param name="options">The thresholds; null uses the defaults.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">Thrown when an option is out of range.</exception>
    /// <exception cref="ArgumentException">Thrown when the builder already declared <see cref="FunnelTrigger.Purchase"/> with another token.</exception>
    /// <remarks>A purchase moves a prospect to first purchase, a first or won-back purchase to repeat, and any customer with at
    /// least <see cref="FunnelOptions.LoyalAfterPurchases"/> purchases to loyal; further purchases in repeat or loyal are internal
    /// transitions (recorded, no move). A lapsed customer's purchase, or an explicit <see cref="FunnelTrigger.WinBack"/>, wins it back.</remarks>
    public static LifecycleBuilder<FunnelStage, FunnelTrigger> ConfigureFunnel(LifecycleBuilder<FunnelStage, FunnelTrigger> builder, FunnelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var checkedOptions = (options ?? new FunnelOptions()).Validated();
        var loyalAfter = checkedOptions.LoyalAfterPurchases;
        var loyal = $"at least {loyalAfter} purchases";
        builder.Declare(Purchase);
        builder.InitialStage(FunnelStage.Prospect);
        builder.Configure(FunnelStage.Prospect)
            .Describe("Known to the company; has not bought yet.")
            .Permit(FunnelTrigger.Purchase, FunnelStage.FirstPurchase);
        builder.Configure(FunnelStage.FirstPurchase)
            .Describe("Has bought once.")
            .PermitIf(Purchase, FunnelStage.Loyal, (_, count) => count >= loyalAfter, loyal)
            .Permit(FunnelTrigger.Purchase, FunnelStage.Repeat)
            .Permit(FunnelTrigger.Lapse, FunnelStage.Lapsed);
        builder.Configure(FunnelStage.Repeat)
            .Describe($"Has bought again, fewer than {loyalAfter} times.")
            .PermitIf(Purchase, FunnelStage.Loyal, (_, count) => count >= loyalAfter, loyal)
            .InternalTransition(FunnelTrigger.Purchase)
            .Permit(FunnelTrigger.Lapse, FunnelStage.Lapsed);
        builder.Configure(FunnelStage.Loyal)
            .Describe($"Has bought at least {loyalAfter} times.")
            .InternalTransition(FunnelTrigger.Purchase)
            .Permit(FunnelTrigger.Lapse, FunnelStage.Lapsed);
        builder.Configure(FunnelStage.Lapsed)
            .Describe("Has probably stopped buying.")
            .PermitWinBack(FunnelTrigger.WinBack, FunnelStage.WonBack)
            .PermitWinBack(FunnelTrigger.Purchase, FunnelStage.WonBack);
        builder.Configure(FunnelStage.WonBack)
            .Describe("Came back after lapsing (a new episode).")
            .PermitIf(Purchase, FunnelStage.Loyal, (_, count) => count >= loyalAfter, loyal)
            .Permit(FunnelTrigger.Purchase, FunnelStage.Repeat)
            .Permit(FunnelTrigger.Lapse, FunnelStage.Lapsed);
        return builder;
    }

    private static void ConfigureConflictAndEnd(LifecycleBuilder<RelationshipStage, RelationshipTrigger> builder, RelationshipStage[] active)
    {
        foreach (var stage in active)
        {
            var conflict = ConflictOf(stage);
            builder.Configure(stage)
                .Permit(RelationshipTrigger.Complain, conflict)
                .Permit(RelationshipTrigger.Dissolve, RelationshipStage.Dissolution);
            var configuration = builder.Configure(conflict)
                .SubstageOf(stage)
                .Describe("A complaint is being handled: the decisive test of the relationship.")
                .OnEntry("Route the complaint to whoever can solve it.")
                .Permit(RelationshipTrigger.ResolveWell, stage)
                .Permit(RelationshipTrigger.ResolveBadly, RelationshipStage.Dissolution)
                .InternalTransition(RelationshipTrigger.Complain);
            if (stage != RelationshipStage.Commitment)
            {
                configuration.Block(RelationshipTrigger.Advance, "resolve the complaint first");
            }
        }

        builder.Configure(RelationshipStage.Dissolution)
            .Describe("The end of the relationship, by the customer or the supplier.")
            .PermitWinBack(RelationshipTrigger.WinBack, RelationshipStage.Exploration);
    }

    private static RelationshipStage ConflictOf(RelationshipStage stage) => stage switch
    {
        RelationshipStage.Exploration => RelationshipStage.ExplorationInConflict,
        RelationshipStage.Awareness => RelationshipStage.AwarenessInConflict,
        RelationshipStage.Expansion => RelationshipStage.ExpansionInConflict,
        _ => RelationshipStage.CommitmentInConflict,
    };
}
