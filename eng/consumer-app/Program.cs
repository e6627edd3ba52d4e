// Uses both library packages as an application would; eng/check-install.sh checks what it prints.
using RelationshipKit;
using RelationshipKit.Value;
using RelationshipKit.Value.Formulas;
using RelationshipKit.Value.Models.BgNbd;

var purchase = new Money(1000m, Currency.Pln);
var ltv = CustomerLifetimeValue.Simple(purchase, purchasesPerYear: 6, yearsRetained: 5);
Console.WriteLine($"simple LTV: {ltv}");

// BG/NBD with the CDNOW parameters of Fader, Hardie & Lee (2005), in weeks.
var parameters = new BgNbdParameters(r: 0.243, alpha: 4.414, a: 0.793, b: 2.426);
var model = new BgNbdModel(parameters, TimeUnit.Week);
var alive = model.ProbabilityAlive(frequency: 2, recency: 30.43, t: 38.86);
Console.WriteLine($"P(alive): {alive:F2}");
