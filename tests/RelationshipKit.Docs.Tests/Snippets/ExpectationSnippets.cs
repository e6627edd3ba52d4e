using RelationshipKit.Bonds;
using RelationshipKit.Expectations;
using RelationshipKit.RelationshipTypes;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/concepts/expectations.md, compiled and checked here.</summary>
public class ExpectationSnippets
{
    /// <summary>Stands in for <see cref="System.Console"/> so the snippet reads as user code while the test captures what it prints.</summary>
    private StringWriter Console { get; } = new() { NewLine = "\n" };

    [Fact]
    public void Compare()
    {
        #region expectations-compare
        // The customer expects a named adviser and a warm, chosen bond.
        var expected = new RelationshipExpectation(
            RelationshipType.DedicatedPersonalAssistance,
            BondProfile.Empty
                .WithScore(BondDimension.Voluntariness, 0.9)
                .WithScore(BondDimension.Basis, 0.8)
                .WithScore(BondDimension.Affect, 0.8));

        // The company runs a self-service portal and a rational offer.
        var offered = new RelationshipExpectation(
            RelationshipType.SelfService,
            BondProfile.Empty
                .WithScore(BondDimension.Voluntariness, 0.9)
                .WithScore(BondDimension.Basis, -0.6)
                .WithScore(BondDimension.Affect, 0.2));

        var comparison = ExpectationComparison.Compare(expected, offered);
        Console.WriteLine(comparison);
        foreach (var mismatch in comparison.Mismatches)
        {
            Console.WriteLine(mismatch.Description);
        }
        #endregion

        comparison.Mismatches.Should().HaveCount(3);
        Console.ToString().Should().Be(ExpectationsPageOutput);
    }

    /// <summary>The output block shown on the page (checked there by <see cref="ExpectationsPage_ShowsTheOutput"/>).</summary>
    private const string ExpectationsPageOutput =
        "3 mismatches: basis (0.70), relationship type (0.67), affect (0.30)\n"
        + "basis: the customer expects emotional (0.80), the company offers rational (-0.60); distance 0.70\n"
        + "relationship type: the customer expects dedicated-personal-assistance, the company offers self-service (human contact: a named contact expected, none offered; human involvement: very high expected, none offered; personalisation: very high expected, none offered; an ongoing relationship expected, none offered); distance 0.67\n"
        + "affect: the customer expects positive (0.80), the company offers positive (0.20); distance 0.30\n";

    [Fact]
    public void ExpectationsPage_ShowsTheOutput() =>
        DocsPage.ShouldShowOutput("concepts/expectations.md", DocsPage.Wrap(ExpectationsPageOutput, hangingIndent: 2));
}
