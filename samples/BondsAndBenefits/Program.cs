// A console walk through the core package: classify a customer's bond, see what would move it,
// find the benefit gaps of a small survey, and choose the cheapest relationship type that serves the customer.
using RelationshipKit;
using RelationshipKit.Benefits;
using RelationshipKit.Bonds;
using RelationshipKit.RelationshipTypes;

// 1. A utility customer: no real choice, little emotion (Bollen & Emes' "marriage of convenience").
var utilityCustomer = BondProfile.Empty
    .WithScore(BondDimension.Voluntariness, -0.7)
    .WithScore(BondDimension.Basis, -0.8)
    .WithScore(BondDimension.Engagement, -0.6)
    .WithScore(BondDimension.Affect, 0.0)
    .WithScore(BondDimension.Intensity, -0.6)
    .WithScore(BondDimension.Duration, 0.6);
var classification = BondClassifier.Default.Classify(utilityCustomer);
Console.WriteLine("Bond: " + classification.Best!.Archetype.DisplayName);
Console.WriteLine("  " + classification.Best.Explanation);

// 2. What would turn it into a committed partnership? A monopoly utility cannot give its customers a choice:
//    voluntariness is a structural fact, so hold it fixed and let the advice say what it would take.
BondDimension[] structural = [BondDimension.Voluntariness];
var advice = BondClassifier.Default.Advise(utilityCustomer, FournierArchetypes.CommittedPartnership, structural);
Console.WriteLine("To become a committed partnership: " + advice.Explanation);
var warmer = BondClassifier.Default.Advise(utilityCustomer, FournierArchetypes.Kinship, structural);
Console.WriteLine("Within reach, kinship (not chosen, but warm): " + warmer.Explanation);

// 3. Benefit gaps from three respondents (importance, performance on 1-5).
BenefitRating Rate(string who, Benefit benefit, int importance, int performance) =>
    new(new CustomerId(who), benefit, importance, performance);
var profile = BenefitProfile.FromRatings(
    [
        Rate("a", Benefit.Confidence, 5, 2), Rate("b", Benefit.Confidence, 5, 3), Rate("c", Benefit.Confidence, 4, 2),
        Rate("a", Benefit.Social, 2, 4), Rate("b", Benefit.Social, 3, 4), Rate("c", Benefit.Social, 2, 5),
        Rate("a", Benefit.SpecialTreatment, 4, 4), Rate("b", Benefit.SpecialTreatment, 4, 5), Rate("c", Benefit.SpecialTreatment, 5, 4),
    ],
    LikertScale.FivePoint);
foreach (var item in ImportancePerformanceAnalysis.Analyze(profile).Items)
{
    Console.WriteLine($"Benefit {item.Benefit.Name}: gap {item.Score.Gap:0.00}, {item.Quadrant}");
}

// 4. The cheapest relationship type that meets this customer's needs within the budget of its value tier.
var needs = new CustomerNeeds { HumanContact = HumanContact.OnRequest };
var recommendation = RelationshipTypeRecommender.Default.Recommend(needs, ValueTier.Standard);
Console.WriteLine("Relationship type: " + recommendation.Type);
Console.WriteLine("  " + recommendation.Explanation);
