using NodaTime;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Tests.Interact;

public class ConsentLedgerTests
{
    private static readonly CustomerId Anna = new("c-7");
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 1, 10, 0);

    [Fact]
    public void Check_ExplicitGrantWithExchange_IsGrantedAndSaysWhatTheCustomerGot()
    {
        var ledger = ConsentLedger.Empty(Anna).Append(new ConsentEvent(
            "e1", Anna, ConsentPurpose.Marketing, ConsentAction.Granted, T0, Channel.Sms, exchange: "10% off the next order"));

        var decision = ledger.Check(ConsentPurpose.Marketing, Channel.Sms, T0 + Duration.FromDays(1));

        decision.IsGranted.Should().BeTrue();
        decision.Agreement!.Id.Should().Be("e1");
        decision.ToString().Should().Be("granted: explicit agreement for marketing on sms granted at 2026-03-01T10:00:00Z in exchange for 10% off the next order");
    }

    [Fact]
    public void Check_NoAgreement_RefusesMarketingButAllowsServiceImplicitly()
    {
        var ledger = ConsentLedger.Empty(Anna);
        ledger.Check(ConsentPurpose.Marketing, Channel.Email, T0).ToString().Should().Be("refused: no agreement for marketing on e-mail");
        ledger.Check(ConsentPurpose.Service, Channel.Email, T0).ToString().Should().Be(
            "granted: implicit agreement: service messages need no explicit consent under this policy");
    }

    [Fact]
    public void Check_WithdrawalTakesEffectImmediately()
    {
        var ledger = ConsentLedger.Empty(Anna)
            .Append(new ConsentEvent("e1", Anna, ConsentPurpose.Marketing, ConsentAction.Granted, T0))
            .Append(new ConsentEvent("e2", Anna, ConsentPurpose.Marketing, ConsentAction.Withdrawn, T0 + Duration.FromHours(5), Channel.Phone, reason: "too many calls"));

        ledger.Check(ConsentPurpose.Marketing, Channel.Phone, T0 + Duration.FromHours(5) - Duration.Epsilon).IsGranted.Should().BeTrue();
        ledger.Check(ConsentPurpose.Marketing, Channel.Phone, T0 + Duration.FromHours(5)).ToString().Should().Be(
            "refused: agreement for marketing on phone withdrawn at 2026-03-01T15:00:00Z (too many calls)");
        ledger.Check(ConsentPurpose.Marketing, Channel.Email, T0 + Duration.FromHours(6)).IsGranted.Should().BeTrue("the withdrawal covers the phone only");
    }

    [Fact]
    public void Check_ImplicitAgreement_RecordsItsBasis()
    {
        var ledger = ConsentLedger.Empty(Anna).Append(new ConsentEvent(
            "e1", Anna, ConsentPurpose.Survey, ConsentAction.Granted, T0, kind: AgreementKind.Implicit, basis: "joined the free-delivery programme, whose terms include surveys"));
        ledger.Check(ConsentPurpose.Survey, Channel.Email, T0).Reason.Should().Be("implicit agreement for survey on every channel granted at 2026-03-01T10:00:00Z");
        var act = () => new ConsentEvent("e2", Anna, ConsentPurpose.Survey, ConsentAction.Withdrawn, T0, kind: AgreementKind.Implicit, basis: "x");
        act.Should().Throw<ArgumentException>().WithMessage("basis must be given and action must be Granted for an implicit agreement; was action Withdrawn with a basis. (Parameter 'basis')");
    }

    [Fact]
    public void Erase_LeavesATombstoneAndRefusesEverything()
    {
        var ledger = ConsentLedger.Empty(Anna)
            .Append(new ConsentEvent("e1", Anna, ConsentPurpose.Marketing, ConsentAction.Granted, T0))
            .Append(new ConsentEvent("e2", Anna, ConsentPurpose.Survey, ConsentAction.Refused, T0));

        var erased = ledger.Erase(T0 + Duration.FromDays(30));

        erased.Events.Should().BeEmpty();
        erased.ToString().Should().Be("c-7: erased at 2026-03-31T10:00:00Z (2 events removed)");
        erased.Check(ConsentPurpose.Service, Channel.Email, T0 + Duration.FromDays(31)).ToString().Should().Be(
            "refused: the customer's consent data was erased at 2026-03-31T10:00:00Z on his request");
        var append = () => erased.Append(new ConsentEvent("e3", Anna, ConsentPurpose.Marketing, ConsentAction.Granted, T0));
        append.Should().Throw<InvalidOperationException>();
        ledger.Events.Should().HaveCount(2, "the original ledger value is unchanged");
    }

    [Fact]
    public void Append_OtherCustomerOrDuplicateId_Throws()
    {
        var ledger = ConsentLedger.Empty(Anna).Append(new ConsentEvent("e1", Anna, ConsentPurpose.Marketing, ConsentAction.Granted, T0));
        var duplicate = () => ledger.Append(new ConsentEvent("e1", Anna, ConsentPurpose.Marketing, ConsentAction.Withdrawn, T0));
        duplicate.Should().Throw<ArgumentException>().WithMessage("consentEvent must have a new id; \"e1\" is already in the ledger. (Parameter 'consentEvent')");
        var other = () => ledger.Append(new ConsentEvent("e2", new CustomerId("c-8"), ConsentPurpose.Marketing, ConsentAction.Granted, T0));
        other.Should().Throw<ArgumentException>().WithMessage("consentEvent must be for customer c-7; was for c-8. (Parameter 'consentEvent')");
    }
}
