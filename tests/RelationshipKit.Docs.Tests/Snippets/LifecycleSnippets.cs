using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Graph;
using RelationshipKit.Lifecycle.Presets;
using RelationshipKit.Lifecycle.Serialization;
using RelationshipKit.Lifecycle.Signals;
using RelationshipKit.Lifecycle.Storage;
using RelationshipKit.Testing.Lifecycle;

namespace RelationshipKit.Docs.Tests.Snippets;

public enum Account
{
    Trial,
    Customer,
    Churned,
}

public enum AccountEvent
{
    Convert,
    Cancel,
    Score,
}

/// <summary>The code on docs/concepts/lifecycle.md and docs/coming-from-stateless.md: each region is included and checked here.</summary>
public class LifecycleSnippets
{
    private static readonly Instant Monday = Instant.FromUtc(2026, 3, 2, 9, 0);

    [Fact]
    public void Define_BuilderWithGuardAndTypedTrigger_BuildsOnce()
    {
        #region lifecycle-define
        var builder = new LifecycleBuilder<Account, AccountEvent>("saas");
        var score = builder.Trigger<int>(AccountEvent.Score);
        builder.InitialStage(Account.Trial);
        builder.Configure(Account.Trial)
            .PermitIf(AccountEvent.Convert, Account.Customer,
                g => g.TimeInStage >= Duration.FromDays(3),
                "at least 3 days of trial")
            .PermitIf(score, Account.Customer,
                (_, points) => points >= 80, "lead score at least 80")
            .Permit(AccountEvent.Cancel, Account.Churned);
        builder.Configure(Account.Customer)
            .OnEntry("send the welcome pack")
            .Permit(AccountEvent.Cancel, Account.Churned);
        builder.Configure(Account.Churned).Terminal();
        var saas = builder.Build();
        #endregion

        #region lifecycle-fire
        var start = saas.Start(
            new CustomerId("00042"), new LifecycleEventId("signup-1"), Monday);
        var early = saas.Fire(start.State, AccountEvent.Convert,
            new LifecycleEventId("msg-17"), Monday + Duration.FromDays(1));
        var scored = saas.Fire(start.State, score, 92,
            new LifecycleEventId("msg-18"), Monday + Duration.FromDays(1));
        #endregion

        start.State.Stage.Should().Be(Account.Trial);
        early.IsRejected.Should().BeTrue();
        early.UnmetGuards.Should().Equal("at least 3 days of trial");
        early.Message.Should().Be("Convert is not permitted from Trial: \"at least 3 days of trial\" not met.");
        scored.State.Stage.Should().Be(Account.Customer);
        scored.Record.ArgumentSummary.Should().Be("92");
        scored.Effects.Select(e => e.Description).Should().Equal("send the welcome pack");
    }

    [Fact]
    public void Conflict_ComplaintHandledWell_ReturnsToTheStage()
    {
        #region lifecycle-conflict
        var sources = LifecyclePresets.Sources();
        var state = sources.Start(
            new CustomerId("00042"), new LifecycleEventId("e1"), Monday).State;
        var at = Monday;
        foreach (var step in new[] {
            // exploration -> awareness
            RelationshipTrigger.Advance,
            // awareness -> expansion
            RelationshipTrigger.Advance,
            // expansion -> in conflict
            RelationshipTrigger.Complain,
        })
        {
            at += Duration.FromDays(7);
            state = sources.Fire(state, step,
                new LifecycleEventId($"e-{at}"), at).State;
        }

        var inExpansion = sources.IsIn(state, RelationshipStage.Expansion);
        var recovered = sources.Fire(state, RelationshipTrigger.ResolveWell,
            new LifecycleEventId("e-resolved"), at + Duration.FromDays(2));
        #endregion

        state.Stage.Should().Be(RelationshipStage.ExpansionInConflict);
        inExpansion.Should().BeTrue();
        recovered.State.Stage.Should().Be(RelationshipStage.Expansion);
    }

    [Fact]
    public void StrengthGuard_ReadsTheStrengthFromBeforeTheConflict()
    {
        #region lifecycle-strength
        var builder = LifecyclePresets.ConfigureSources(
            new LifecycleBuilder<RelationshipStage, RelationshipTrigger>("b2b"));
        var badly = builder.Trigger<RelationshipStrength>(
            RelationshipTrigger.ResolveBadly, s => $"strength before: {s}");
        builder.Configure(RelationshipStage.CommitmentInConflict)
            .PermitIf(badly, RelationshipStage.Commitment,
                (_, before) => before >= new RelationshipStrength(0.6),
                "strong before the conflict (0.6 or more)");
        var b2b = builder.Build();
        #endregion

        var state = b2b.Import(new CustomerId("00042"), RelationshipStage.Commitment, new LifecycleEventId("i"), Monday).State;
        state = b2b.Fire(state, RelationshipTrigger.Complain, new LifecycleEventId("c"), Monday + Duration.FromDays(1)).State;

        #region lifecycle-strength-fire
        var strong = b2b.Fire(state, badly, new RelationshipStrength(0.8),
            new LifecycleEventId("r"), Monday + Duration.FromDays(9));
        #endregion

        strong.State.Stage.Should().Be(RelationshipStage.Commitment);
        strong.Record.ArgumentSummary.Should().Be("strength before: 0.80");
        b2b.Fire(state, badly, new RelationshipStrength(0.1), new LifecycleEventId("r"), Monday + Duration.FromDays(9))
            .State.Stage.Should().Be(RelationshipStage.Dissolution);
    }

    [Fact]
    public async Task Runner_StoreAndHistory_AreIdempotentAndVerifiable()
    {
        #region lifecycle-runner
        var clock = new FakeClock(Monday);
        var store = new InMemoryLifecycleStore<RelationshipStage, RelationshipTrigger>(
            LifecyclePresets.Sources());
        var runner = new LifecycleRunner<RelationshipStage, RelationshipTrigger>(
            store, clock);
        var customer = new CustomerId("00042");
        await runner.StartAsync(customer, new LifecycleEventId("crm-1"));

        var who = new TransitionMetadata(
            "ana.nowak", "demo went well", ChangeDriver.SupplierAction);
        var first = await runner.FireAsync(customer,
            RelationshipTrigger.Advance, new LifecycleEventId("crm-2"), who);
        var redelivered = await runner.FireAsync(customer,
            RelationshipTrigger.Advance, new LifecycleEventId("crm-2"), who);

        var history = await store.GetHistoryAsync(customer);
        var intact = history.Verify() is null;
        #endregion

        first.Status.Should().Be(RunStatus.Applied);
        redelivered.Status.Should().Be(RunStatus.Duplicate);
        history.Count.Should().Be(2);
        intact.Should().BeTrue();
        history[1].Metadata.Actor.Should().Be("ana.nowak");
        LifecyclePresets.Sources().Replay(history).State.Stage.Should().Be(RelationshipStage.Awareness);

        #region lifecycle-erase
        var erased = await store.ErasePersonalDataAsync(customer);
        var stillIntact = (await store.GetHistoryAsync(customer)).Verify() is null;
        #endregion

        erased.Should().Be(1);
        stillIntact.Should().BeTrue();
    }

    [Fact]
    public void DependencyInjection_KeyedDefinitionAndStore()
    {
        var services = new ServiceCollection();
        #region lifecycle-di
        services.AddRelationshipKitLifecycle<FunnelStage, FunnelTrigger>(
                "b2c", lifecycle => LifecyclePresets.ConfigureFunnel(lifecycle))
            .UseInMemoryStore();
        services.AddRelationshipKitLifecycle(LifecyclePresets.Sources("b2b"))
            .UseSqliteStore("Data Source=lifecycle.db");
        #endregion

        using var provider = services.BuildServiceProvider();
        provider.GetRequiredKeyedService<LifecycleRunner<FunnelStage, FunnelTrigger>>("b2c").Definition.Name.Should().Be("b2c");
        services.Should().Contain(d => d.ServiceType == typeof(ILifecycleStore<RelationshipStage, RelationshipTrigger>) && Equals(d.ServiceKey, "b2b"));
    }

    [Fact]
    public void Signals_SuggestTriggersFromPlainValues()
    {
        var funnel = LifecyclePresets.Funnel();
        var customer = funnel.Start(new CustomerId("00042"), new LifecycleEventId("s"), Monday).State;
        customer = funnel.Fire(customer, LifecyclePresets.Purchase, 1, new LifecycleEventId("p1"), Monday).State;

        #region lifecycle-signals
        var signals = new LifecycleSignalsBuilder<FunnelStage, FunnelTrigger>()
            .WhenProbabilityAliveBelow(0.3, FunnelTrigger.Lapse)
            .Build(funnel);
        var seen = new RelationshipObservations(probabilityAlive: 0.12);
        var suggestions = signals.Evaluate(customer, seen, Monday);
        #endregion

        suggestions.Should().ContainSingle();
        suggestions[0].Trigger.Should().Be(FunnelTrigger.Lapse);
        suggestions[0].Description.Should().Be("P(alive) below 0.3");
        suggestions[0].IsPermitted.Should().BeTrue();
    }

    [Fact]
    public void Graph_AndJson_AreDataOut()
    {
        var sources = LifecyclePresets.Sources();
        var state = sources.Start(new CustomerId("00042"), new LifecycleEventId("e1"), Monday).State;

        #region lifecycle-graph
        var mermaid = MermaidGraph.Format(sources.Describe());
        var dot = DotGraph.Format(sources.Describe(), GraphDirection.LeftToRight);
        #endregion

        #region lifecycle-json
        var json = LifecycleJson.SerializeState(sources, state);
        var back = LifecycleJson.DeserializeState(sources, json);
        #endregion

        mermaid.Should().StartWith("---\ntitle: sources v1\n---\nstateDiagram-v2\n");
        dot.Should().StartWith("digraph \"sources v1\" {");
        back.State.Should().Be(state);
        json.Should().Contain("\"schema_version\":1");
    }

    [Fact]
    public async Task Contract_RunsOnAStore()
    {
        #region lifecycle-contract
        var contract = new LifecycleStoreContract(
            definition => new InMemoryLifecycleStore<ContractStage, ContractTrigger>(
                definition));
        // throws ContractViolationException naming the failed check
        await contract.RunAllAsync();
        #endregion

        LifecycleStoreContract.CheckNames.Should().HaveCount(13);
    }
}
