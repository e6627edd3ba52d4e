using RelationshipKit.Value;
using RelationshipKit.Value.Models.BgNbd;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code on docs/getting-started.md: each region is included into the page and checked here.</summary>
[Collection(ConsoleCollection.Name)]
public class GettingStartedSnippets
{
    [Fact]
    public void FirstResult_CdnowCustomer_PrintsProbabilityAliveAndPurchases()
    {
        var output = DocsPage.CaptureConsole(() =>
        {
            #region first-result
            // BG/NBD with the parameters Fader, Hardie & Lee (2005) estimated
            // on the customers of the CDNOW music shop, time in weeks.
            var parameters = new BgNbdParameters(
                r: 0.243, alpha: 4.414, a: 0.793, b: 2.426);
            var model = new BgNbdModel(parameters, TimeUnit.Week);

            // A customer who bought twice more after the first purchase, the
            // last time at week 30.43, and whom we have known for 38.86 weeks:
            var alive = model.ProbabilityAlive(
                frequency: 2, recency: 30.43, t: 38.86);
            var next = model.ConditionalExpectedPurchases(
                39, frequency: 2, recency: 30.43, t: 38.86);

            Console.WriteLine($"P(alive): {alive:0.00}");
            Console.WriteLine($"purchases in the next 39 weeks: {next:0.00}");
            #endregion
        });

        output.Should().Be("P(alive): 0.73\npurchases in the next 39 weeks: 1.23\n");
        DocsPage.ShouldShowOutput("getting-started.md", output);
    }

    [Fact]
    public void FirstValues_YearlySpendWithDiscount_IsRoundedToGrosze()
    {
        #region first-values
        // Trimmed; "00042" stays text, never the number 42.
        var customer = new CustomerId(" 00042 ");
        var monthly = new Money(49.99m, Currency.Pln);
        var yearly = monthly * 12m;
        // 599.88 PLN
        // 15 % off is 509.898, rounded to whole grosze:
        var discounted = (yearly * 0.85m).RoundToMinorUnit();
        var line = $"{customer}: {yearly} a year, {discounted} with the discount";
        // 00042: 599.88 PLN a year, 509.90 PLN with the discount
        #endregion

        line.Should().Be("00042: 599.88 PLN a year, 509.90 PLN with the discount");
        customer.Value.Should().Be("00042");
        customer.Should().NotBe(new CustomerId("42"));
        yearly.Should().Be(new Money(599.88m, Currency.Pln));
        discounted.Should().Be(new Money(509.90m, Currency.Pln));
    }

    [Fact]
    public void OneCurrency_AddingZlotyToEuro_Throws()
    {
        #region one-currency
        var zloty = new Money(100m, Currency.Pln);
        var euro = new Money(100m, Currency.Eur);
        // Money never converts silently: this throws.
        var act = () => zloty + euro;
        #endregion

        act.Should().Throw<ArgumentException>()
            .WithMessage("Cannot add PLN and EUR: money arithmetic and comparison need one currency; convert first. (Parameter 'other')");
    }
}
