// The customer-care story of the sources (seed 001) as one runnable scenario: a customer calls the contact centre,
// is greeted from what the company remembers, is matched to a consultant, is passed to a specialist without being
// asked to authenticate again, gets the promised callback, is not called during his team's match, and gets a
// thank-you call with a satisfaction check after his purchase.
using NodaTime;
using RelationshipKit;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Matching;
using RelationshipKit.Idic.Pipeline;
using RelationshipKit.Idic.Stores;

var warsaw = DateTimeZoneProviders.Tzdb["Europe/Warsaw"];
Instant Local(int day, int hour, int minute = 0) =>
    new LocalDateTime(2026, 6, day, hour, minute).InZoneLeniently(warsaw).ToInstant();
string Show(Instant instant) => instant.InZone(warsaw).ToString("d MMM HH:mm", null);
string Day(Instant instant) => instant.InZone(warsaw).ToString("d MMMM", null);

var jan = new CustomerId("c-1001");
var janPhone = new Identifier(IdentifierKind.Phone, "+48601234567");

// What the company already knows: the washing machine delivered on Tuesday, his name, how he likes to be called.
var interactions = new InMemoryInteractionStore();
await interactions.AppendAsync(new Interaction(
    "i-1", jan, Channel.Phone, Local(9, 11), InteractionTopic.Delivery,
    summary: "washing machine delivered",
    learned: [new Fact("preferred-name", "Mr Kowalski", Local(9, 11), Channel.Phone, "i-1")]), 0);
var promises = new InMemoryPromiseStore();

// His consent to surveys, his team's matches on Thursday and Friday (no calls then), and what happened with him:
// what the Customize stage plans his care from.
var consent = ConsentLedger.Empty(jan)
    .Append(new ConsentEvent("k-1", jan, ConsentPurpose.Survey, ConsentAction.Granted, Local(1, 9)));
var profile = new ContactProfile(jan, warsaw)
    .WithSuppression(new SuppressionWindow(Local(11, 18), Local(11, 20), "his team's match"))
    .WithSuppression(new SuppressionWindow(Local(12, 15), Local(12, 18), "his team's match"));
var careEvents = new List<CareEvent>();
var policy = new ContactPolicy();

// 1. He calls on Thursday at 14:00. The pipeline recognises his number and recalls his last delivery.
var caller = new Caller(jan, "Jan Kowalski");
var pipeline = new IdicPipelineBuilder<Caller>()
    .AddIdentify(new IdentifyStageOptions<Caller>
    {
        FindCustomer = a => new(a.Request.Identifiers.Contains(janPhone) || a.Request.Customer == jan ? caller : null),
        CustomerIdOf = c => c.Id,
    })
    .AddInteract(new InteractStageOptions<Caller>
    {
        Interactions = interactions,
        Promises = promises,
        ContactPolicy = policy,
        ContactProfileOf = _ => new(profile),
    })
    .AddCustomize(new CustomizeStageOptions<Caller>
    {
        Strategy = new TreatmentRulesCustomizeStrategy<Caller>(
            planner: new CarePlanner(policy),
            careInputs: a => new(new CareInputs(profile, consent, careEvents.ToArray()))),
    })
    .Build();
var call = Contact.Start("call-77", Channel.Phone, "ivr", Local(11, 14));
var first = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, identifiers: [janPhone], contact: call, at: Local(11, 14)));
var name = first.Context!.Memory.Recall("preferred-name", Local(11, 14));
var delivery = first.Context.LastDelivery!;
Console.WriteLine($"Greeting: Good afternoon, {name.Fact!.Answer}. Is this about the {delivery.Summary!.Replace(" delivered", "")} delivered on {Day(delivery.At)}?");

// 2. He is verified once, then matched to a consultant: same style, the skills his case needs, the lightest load.
call = call.Verify(jan, "pin", Local(11, 14, 1));
Consultant[] roster =
[
    new("ewa", ["pl", "en"], CommunicationStyle.Analytical, ["billing", "appliances"], openCases: 2, capacity: 8),
    new("piotr", ["pl"], CommunicationStyle.Expressive, ["appliances"], openCases: 0, capacity: 8),
    new("olga", ["pl", "ru"], CommunicationStyle.Analytical, ["billing"], openCases: 6, capacity: 8),
];
var match = new ConsultantMatcher().Match(new MatchRequest(jan, "pl", CommunicationStyle.Analytical, requiredSkills: ["appliances", "billing"]), roster);
Console.WriteLine($"Consultant: {match.Explanation}");

// 3. The billing question needs a specialist: the call is transferred and a callback is promised within 2 hours.
call = call.TransferTo(Channel.Phone, "billing-specialist", Local(11, 14, 9));
var transferred = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, identifiers: [janPhone], contact: call, at: Local(11, 14, 10)));
var carried = transferred.Trace.Entries.First(e => e.Decision.Contains("already verified", StringComparison.Ordinal));
Console.WriteLine($"After the transfer: verify again? {(transferred.NeedsVerification ? "yes" : "no")}: {carried.Decision}");
var promise = CallbackPromise.Make("p-1", jan, Local(11, 14, 12), Local(11, 16, 12), "passed to a specialist: invoice correction", "billing-specialist", Channel.Phone);
await promises.MakeAsync(promise);

// 4. The specialist calls back at 15:30, reaches him and records the call that keeps the promise.
var callback = new Interaction("i-2", jan, Channel.Phone, Local(11, 15, 30), InteractionTopic.Credit,
    InteractionDirection.Outbound, ContactOutcome.Reached, "invoice corrected", handler: "billing-specialist", promisesKept: ["p-1"]);
await interactions.AppendAsync(callback, 1);
var kept = await promises.KeepAsync("p-1", callback, 1);
var stored = await promises.GetAsync("p-1");
Console.WriteLine($"Callback promise p-1: {stored!.Promise.Status.ToString().ToLowerInvariant()} by {callback.Id} at {Show(callback.At)}, due {Show(promise.DueAt)} ({kept.Status})");

// 5. His team plays on Thursday from 18:00 to 20:00: no call then; the policy offers the next allowed slot.
var during = policy.Decide(profile, Channel.Phone, Local(11, 18, 30));
Console.WriteLine($"Call at {Show(during.At)}: {(during.IsAllowed ? "allowed" : "held")} ({string.Join("; ", during.Reasons.Select(r => r.Text))}); next allowed {Show(during.NextAllowed!.Value)}");

// 6. The purchase on Thursday afternoon: the pipeline's Customize stage plans a thank-you call with a satisfaction
// check the next day (moved out of Friday's match) and a survey later, each slot checked against policy and consent.
careEvents.Add(new CareEvent("s-1", jan, CareEventKind.Sale, Local(11, 16), "dryer"));
var afterSale = await pipeline.ExecuteAsync(new IdicRequest(Channel.Phone, IdicDirection.Outbound, customer: jan, at: Local(11, 16, 30)));
foreach (var item in afterSale.Treatment!.CarePlan!.Planned)
{
    Console.WriteLine($"Planned: {Show(item.Scheduled!.Value)} {item.Name} on {item.Channel} - {CareActivities.Describe(item.Activity).Description} [{item.Rule}; {item.Status.ToString().ToLowerInvariant()}]");
}

/// <summary>The application's customer as the pipeline carries it.</summary>
internal sealed record Caller(CustomerId Id, string Name);
