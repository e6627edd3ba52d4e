using RelationshipKit.Value;
using RelationshipKit.Value.Formulas;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/referral-value.md, compiled and checked here.</summary>
public class ReferralSnippets
{
    /// <summary>Stands in for <see cref="System.Console"/> so the snippet reads as user code while the test captures what it prints.</summary>
    private StringWriter Console { get; } = new() { NewLine = "\n" };

    [Fact]
    public void ReferralValue()
    {
        #region referral-value
        static Money Pln(decimal amount) => new(amount, Currency.Pln);
        static CustomerId Id(string id) => new(id);

        // Who brought whom, when (years from now), whether they would have
        // come anyway, what the newcomer is worth, the reward, the saving.
        Referral[] referrals =
        [
            new(Id("anna"), Id("b1"), 1, false, Pln(900), Pln(50), Pln(0)),
            new(Id("anna"), Id("b2"), 1, true, Pln(0), Pln(50), Pln(150)),
            new(Id("anna"), Id("b3"), 2, false, Pln(600), Pln(50), Pln(0)),
            new(Id("ola"), Id("c1"), 0, false, Pln(800), Pln(50), Pln(0)),
            new(Id("ola"), Id("c2"), 1, false, Pln(800), Pln(50), Pln(0)),
        ];
        var crv = CustomerReferralValue.Compute(
            referrals, DiscountRate.PerYear(0.1));

        Dictionary<CustomerId, Money> clv = new()
        {
            [Id("anna")] = Pln(1_200),
            [Id("piotr")] = Pln(3_000),
            [Id("ola")] = Pln(400),
        };
        foreach (var row in CustomerReferralValue.Rank(clv, crv))
        {
            Console.WriteLine(row);
        }
        #endregion

        Console.ToString().Should().Be(ReferralPageOutput);
    }

    /// <summary>The output block on the page.</summary>
    private const string ReferralPageOutput =
        "piotr: CLV 3000 PLN (#1), CRV 0 PLN (#3), Affluent\n"
        + "anna: CLV 1200 PLN (#2), CRV 1318.18 PLN (#2), Champion\n"
        + "ola: CLV 400 PLN (#3), CRV 1431.82 PLN (#1), Advocate\n";

    [Fact]
    public void Page_ShowsTheOutput()
    {
        var page = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "docs", "value", "referral-value.md")).ReplaceLineEndings("\n");
        page.Should().Contain("```txt\n" + ReferralPageOutput + "```\n");
    }
}
