using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

/// <summary>
/// The worked example of docs/concepts/benefits.md: four respondents rate the five standard benefits on a five-point
/// scale. The means, gaps and quadrants are computed by hand on that page and asserted in the tests.
/// </summary>
internal static class WorkedExample
{
    // respondent, benefit, importance, performance
    private static readonly (string Respondent, Benefit Benefit, int Importance, int Performance)[] Answers =
    [
        ("r1", Benefit.Confidence, 5, 3), ("r2", Benefit.Confidence, 5, 2), ("r3", Benefit.Confidence, 4, 3), ("r4", Benefit.Confidence, 5, 2),
        ("r1", Benefit.Social, 3, 4), ("r2", Benefit.Social, 2, 3), ("r3", Benefit.Social, 3, 4), ("r4", Benefit.Social, 2, 3),
        ("r1", Benefit.SpecialTreatment, 4, 4), ("r2", Benefit.SpecialTreatment, 5, 4), ("r3", Benefit.SpecialTreatment, 4, 5), ("r4", Benefit.SpecialTreatment, 4, 4),
        ("r1", Benefit.Purpose, 2, 2), ("r2", Benefit.Purpose, 2, 3), ("r3", Benefit.Purpose, 3, 2), ("r4", Benefit.Purpose, 1, 1),
        ("r1", Benefit.Experience, 4, 3), ("r2", Benefit.Experience, 4, 3), ("r3", Benefit.Experience, 3, 2), ("r4", Benefit.Experience, 4, 4),
    ];

    public static IReadOnlyList<BenefitRating> Ratings { get; } =
        [.. Answers.Select(a => new BenefitRating(new CustomerId(a.Respondent), a.Benefit, a.Importance, a.Performance))];

    public static BenefitProfile Profile { get; } = BenefitProfile.FromRatings(Ratings, LikertScale.FivePoint);
}
