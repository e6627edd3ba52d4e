using RelationshipKit.Benefits;

namespace RelationshipKit.Tests.Benefits;

public class ImportancePerformanceAnalysisTests
{
    [Fact]
    public void Analyze_WorkedExample_CrosshairAtDataMeans()
    {
        // docs/concepts/benefits.md: grand means (4.75 + 2.5 + 4.25 + 2 + 3.75) / 5 = 3.45 and (2.5 + 3.5 + 4.25 + 2 + 3) / 5 = 3.05.
        var result = ImportancePerformanceAnalysis.Analyze(WorkedExample.Profile);
        result.Crosshair.Should().Be(IpaCrosshair.DataMeans);
        result.CrosshairImportance.Should().Be(3.45);
        result.CrosshairPerformance.Should().Be(3.05);
        result.Profile.Should().BeSameAs(WorkedExample.Profile);
    }

    [Fact]
    public void Analyze_WorkedExample_GapsRankedWithQuadrants()
    {
        // Martilla & James (1977) grid with the crosshair at (3.45, 3.05); gaps ranked, ties by higher importance.
        var result = ImportancePerformanceAnalysis.Analyze(WorkedExample.Profile);
        result.Items.Select(i => (i.Rank, i.Benefit.Name, i.Score.Gap, i.Quadrant, i.IsOnCrosshair)).Should().Equal(
            (1, "confidence", 2.25, IpaQuadrant.ConcentrateHere, false),
            (2, "experience", 0.75, IpaQuadrant.ConcentrateHere, false),
            (3, "special-treatment", 0.0, IpaQuadrant.KeepUpTheGoodWork, false),
            (4, "purpose", 0.0, IpaQuadrant.LowPriority, false),
            (5, "social", -1.0, IpaQuadrant.PossibleOverkill, false));
        result.Items[0].ToString().Should().Be("1. confidence (ConcentrateHere, gap 2.25)");
    }

    [Fact]
    public void Analyze_WorkedExample_ScaleMidpointMovesExperienceOntoTheLine()
    {
        // Crosshair (3, 3): experience's mean performance 3.0 lies on the line and counts as high.
        var result = ImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, IpaCrosshair.ScaleMidpoint);
        result.CrosshairImportance.Should().Be(3);
        result.CrosshairPerformance.Should().Be(3);
        result.Items.Select(i => (i.Benefit.Name, i.Quadrant, i.IsOnCrosshair)).Should().Equal(
            ("confidence", IpaQuadrant.ConcentrateHere, false),
            ("experience", IpaQuadrant.KeepUpTheGoodWork, true),
            ("special-treatment", IpaQuadrant.KeepUpTheGoodWork, false),
            ("purpose", IpaQuadrant.LowPriority, false),
            ("social", IpaQuadrant.PossibleOverkill, false));
    }

    [Fact]
    public void Analyze_ExplicitCrosshair_UsesTheGivenValues()
    {
        var result = ImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, IpaCrosshair.At(4.5, 4.5));
        result.CrosshairImportance.Should().Be(4.5);
        result.CrosshairPerformance.Should().Be(4.5);
        result.InQuadrant(IpaQuadrant.ConcentrateHere).Select(i => i.Benefit.Name).Should().Equal("confidence");
        result.InQuadrant(IpaQuadrant.LowPriority).Select(i => i.Benefit.Name).Should().Equal("experience", "special-treatment", "purpose", "social");
        result.InQuadrant(IpaQuadrant.KeepUpTheGoodWork).Should().BeEmpty();
        result.InQuadrant(IpaQuadrant.PossibleOverkill).Should().BeEmpty();
    }

    [Fact]
    public void Analyze_SevenPointMidpoint_IsFour()
    {
        var profile = BenefitProfile.FromRatings([new BenefitRating(new CustomerId("a"), Benefit.Purpose, 4, 5)], LikertScale.SevenPoint);
        var item = ImportancePerformanceAnalysis.Analyze(profile, IpaCrosshair.ScaleMidpoint).Items.Single();
        item.Quadrant.Should().Be(IpaQuadrant.KeepUpTheGoodWork);
        item.IsOnCrosshair.Should().BeTrue();
    }

    [Fact]
    public void Analyze_ThirdsTieWithTheirMean_CountAsOnTheLine()
    {
        // Two benefits with means 13/3 and 13/3: the data mean equals both, which lie on the line (high, high).
        CustomerId[] people = [new("a"), new("b"), new("c")];
        var ratings = people.SelectMany((p, i) => new[]
        {
            new BenefitRating(p, Benefit.Social, i == 0 ? 5 : 4, i == 2 ? 5 : 4),
            new BenefitRating(p, Benefit.Purpose, i == 1 ? 5 : 4, i == 0 ? 5 : 4),
        });
        var result = ImportancePerformanceAnalysis.Analyze(BenefitProfile.FromRatings(ratings, LikertScale.FivePoint));
        result.Items.Should().OnlyContain(i => i.Quadrant == IpaQuadrant.KeepUpTheGoodWork && i.IsOnCrosshair);
    }

    [Fact]
    public void Analyze_NullProfile_Throws()
    {
        var act = () => ImportancePerformanceAnalysis.Analyze(null!);
        act.Should().Throw<ArgumentNullException>().WithParameterName("profile");
        var withCrosshair = () => ImportancePerformanceAnalysis.Analyze(null!, IpaCrosshair.ScaleMidpoint);
        withCrosshair.Should().Throw<ArgumentNullException>().WithParameterName("profile");
    }

    [Fact]
    public void Analyze_ExplicitImportanceOffScale_Throws()
    {
        var act = () => ImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, IpaCrosshair.At(6, 3));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"crosshair importance must be in [1, 5], the profile's 5-point scale; was 6. (Parameter 'crosshair'){Environment.NewLine}Actual value was 6.");
    }

    [Fact]
    public void Analyze_ExplicitPerformanceOffScale_Throws()
    {
        var act = () => ImportancePerformanceAnalysis.Analyze(WorkedExample.Profile, IpaCrosshair.At(3, 0.5));
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"crosshair performance must be in [1, 5], the profile's 5-point scale; was 0.5. (Parameter 'crosshair'){Environment.NewLine}Actual value was 0.5.");
    }

    [Fact]
    public void InQuadrant_Undefined_Throws()
    {
        var act = () => ImportancePerformanceAnalysis.Analyze(WorkedExample.Profile).InQuadrant((IpaQuadrant)4);
        act.Should().Throw<ArgumentOutOfRangeException>()
            .WithMessage($"quadrant must be a defined IpaQuadrant value; was 4. (Parameter 'quadrant'){Environment.NewLine}Actual value was 4.");
    }
}
