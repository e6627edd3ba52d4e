using NodaTime;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Tests.Interact;

public class DialogueMemoryTests
{
    private static readonly CustomerId Anna = new("c-7");
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);

    private static Interaction Call(string id, Instant at, Channel channel, params (string Question, string Answer, Instant? ValidUntil)[] facts) =>
        new(id, Anna, channel, at, InteractionTopic.Question,
            learned: facts.Select(f => new Fact(f.Question, f.Answer, at, channel, id, f.ValidUntil)));

    [Fact]
    public void Recall_AnsweredOnPhone_IsNotAskedAgainOnTheWeb()
    {
        var memory = DialogueMemory.FromInteractions([Call("i1", T0, Channel.Phone, ("household-size", "4", null))]);

        var recall = memory.Recall("household-size", T0 + Duration.FromDays(3));

        recall.ShouldAsk.Should().BeFalse();
        recall.Fact!.Channel.Should().Be(Channel.Phone);
        recall.ToString().Should().Be("household-size: known since 2026-03-01T10:00:00Z from phone, valid");
        memory.Recall("budget", T0).ToString().Should().Be("budget: never answered");
    }

    [Fact]
    public void Recall_ExpiredAnswer_MayBeAskedAgain()
    {
        var memory = DialogueMemory.FromInteractions([Call("i1", T0, Channel.Web, ("delivery-address", "…", T0 + Duration.FromDays(365)))]);
        memory.Recall("delivery-address", T0 + Duration.FromDays(400)).ShouldAsk.Should().BeTrue();
        memory.CountValid(T0 + Duration.FromDays(400)).Should().Be(0);
        memory.CountValid(T0 + Duration.FromDays(1)).Should().Be(1);
    }

    [Fact]
    public void FromInteractions_AnyOrder_LatestAnswerWins()
    {
        var older = Call("i1", T0, Channel.Phone, ("preferred-contact-hours", "evenings", null));
        var newer = Call("i2", T0 + Duration.FromDays(10), Channel.Email, ("preferred-contact-hours", "mornings", null));
        DialogueMemory.FromInteractions([newer, older]).Recall("preferred-contact-hours", T0 + Duration.FromDays(11)).Fact!.Answer.Should().Be("mornings");
        DialogueMemory.FromInteractions([older, newer]).Recall("preferred-contact-hours", T0 + Duration.FromDays(11)).Fact!.Answer.Should().Be("mornings");
        DialogueMemory.FromInteractions([older, newer]).Recall("preferred-contact-hours", T0 + Duration.FromDays(1)).IsKnown.Should().BeFalse(
            "the memory holds the latest answer, learned after this instant");
    }

    [Fact]
    public void Interaction_FactOfAnotherInteraction_Throws()
    {
        var act = () => new Interaction("i1", Anna, Channel.Web, T0, InteractionTopic.Question, learned: [new Fact("budget", "x", T0, Channel.Web, "i9")]);
        act.Should().Throw<ArgumentException>().WithMessage(
            "learned must hold only facts of this interaction; fact \"budget\" names interaction \"i9\", not \"i1\". (Parameter 'learned')");
    }
}
