using NodaTime;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Tests.Interact;

public class CallbackPromiseTests
{
    private static readonly CustomerId Anna = new("c-7");
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);

    private static CallbackPromise Promise() =>
        CallbackPromise.Make("p-1", Anna, T0, T0 + Duration.FromHours(4), "passed to a specialist: billing dispute", "billing-team", Channel.Phone);

    [Fact]
    public void Keep_RecordedContactThatReachedTheCustomer_ClosesThePromise()
    {
        var attempt = new Interaction("i2", Anna, Channel.Phone, T0 + Duration.FromHours(2), InteractionTopic.Callback, InteractionDirection.Outbound, ContactOutcome.NotReached);
        var call = new Interaction("i3", Anna, Channel.Phone, T0 + Duration.FromHours(3), InteractionTopic.Callback, InteractionDirection.Outbound, promisesKept: ["p-1"]);

        var kept = Promise().RecordAttempt(attempt).Keep(call);

        kept.Status.Should().Be(PromiseStatus.Kept);
        kept.Attempts.Should().Equal("i2");
        kept.ToString().Should().Be("p-1: passed to a specialist: billing dispute, kept by i3 at 2026-03-02T12:00:00Z");
    }

    [Fact]
    public void Keep_ContactThatDidNotNameThePromise_Throws()
    {
        var call = new Interaction("i3", Anna, Channel.Phone, T0 + Duration.FromHours(1), InteractionTopic.Sale);
        var act = () => Promise().Keep(call);
        act.Should().Throw<ArgumentException>().WithMessage("contact must list promise \"p-1\" in PromisesKept; interaction \"i3\" does not. (Parameter 'contact')");
    }

    [Fact]
    public void Keep_NotReached_Throws_AndKeptTwice_Throws()
    {
        var act = () => new Interaction("i3", Anna, Channel.Phone, T0, InteractionTopic.Callback, outcome: ContactOutcome.NotReached, promisesKept: ["p-1"]);
        act.Should().Throw<ArgumentException>().WithMessage(
            "promisesKept must be empty when the customer was not reached; was 1 promises with outcome NotReached. (Parameter 'promisesKept')");
        var call = new Interaction("i3", Anna, Channel.Phone, T0 + Duration.FromHours(1), InteractionTopic.Callback, promisesKept: ["p-1"]);
        var kept = Promise().Keep(call);
        var again = () => kept.Keep(call);
        again.Should().Throw<InvalidOperationException>().WithMessage("Promise \"p-1\" was already kept by interaction \"i3\" at 2026-03-02T10:00:00Z; read KeptBy instead.");
    }

    [Fact]
    public void Overdue_ListsAndEscalatesByHowLate()
    {
        var late = Promise();
        var veryLate = CallbackPromise.Make("p-0", Anna, T0 - Duration.FromDays(2), T0 - Duration.FromDays(1), "passed to a specialist: warranty", "service-team", Channel.Phone);
        var notDue = CallbackPromise.Make("p-2", Anna, T0, T0 + Duration.FromDays(3), "passed to a specialist: quote", "sales", Channel.Email);

        var escalations = CallbackPromises.Overdue([late, veryLate, notDue], T0 + Duration.FromHours(9));

        escalations.Select(e => e.ToString()).Should().Equal(
            "promise p-0 (passed to a specialist: warranty) is overdue by 33:00, 0 attempts: escalated to care-manager (level 2)",
            "promise p-1 (passed to a specialist: billing dispute) is overdue by 5:00, 0 attempts: escalated to team-lead (level 1)");
        CallbackPromises.Overdue([late], T0 + Duration.FromHours(5)).Single().EscalateTo.Should().Be("billing-team");
    }

    [Fact]
    public void Make_DueBeforeMade_Throws()
    {
        var act = () => CallbackPromise.Make("p", Anna, T0, T0, "x", "y", Channel.Phone);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("dueAt must be after madeAt (2026-03-02T09:00:00Z); was 2026-03-02T09:00:00Z. (Parameter 'dueAt')*");
    }
}
