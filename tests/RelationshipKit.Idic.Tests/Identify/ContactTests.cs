using NodaTime;
using RelationshipKit.Idic.Identify;

namespace RelationshipKit.Idic.Tests.Identify;

public class ContactTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly CustomerId Anna = new("c-7");

    [Fact]
    public void TransferTo_KeepsTheOneVerificationAcrossChannelsAndConsultants()
    {
        var contact = Contact.Start("call-1", Channel.Phone, "ivr", T0)
            .Verify(Anna, "pin", T0 + Duration.FromSeconds(40))
            .TransferTo(Channel.Phone, "consultant-12", T0 + Duration.FromMinutes(2))
            .TransferTo(Channel.Chat, "specialist-3", T0 + Duration.FromMinutes(9));

        contact.IsVerified.Should().BeTrue();
        contact.TransferCount.Should().Be(2);
        contact.Verification!.Channel.Should().Be(Channel.Phone);
        contact.ToString().Should().Be(
            "call-1: phone/ivr at 2026-03-02T09:00:00Z -> phone/consultant-12 at 2026-03-02T09:02:00Z -> chat/specialist-3 at 2026-03-02T09:09:00Z; " +
            "c-7 verified by pin on phone at 2026-03-02T09:00:40Z");
    }

    [Fact]
    public void Verify_Twice_Throws()
    {
        var contact = Contact.Start("call-1", Channel.Phone, "ivr", T0).Verify(Anna, "pin", T0).TransferTo(Channel.Phone, "consultant-12", T0);
        var act = () => contact.Verify(Anna, "date-of-birth", T0 + Duration.FromMinutes(1));
        act.Should().Throw<InvalidOperationException>().WithMessage(
            "Contact \"call-1\" was already verified (c-7 verified by pin on phone at 2026-03-02T09:00:00Z); one verification per contact: read Contact.Verification instead of asking the customer again.");
    }

    [Fact]
    public void TransferTo_BeforeTheCurrentLeg_Throws()
    {
        var contact = Contact.Start("call-1", Channel.Phone, "ivr", T0);
        var act = () => contact.TransferTo(Channel.Phone, "x", T0 - Duration.FromSeconds(1));
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("at must not be before the current leg started (2026-03-02T09:00:00Z); was 2026-03-02T08:59:59Z.*");
    }
}
