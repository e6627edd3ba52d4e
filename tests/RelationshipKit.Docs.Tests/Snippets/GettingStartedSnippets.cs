namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>The code on docs/getting-started.md: each region is included into the page and checked here.</summary>
public class GettingStartedSnippets
{
    [Fact]
    public void FirstValues_YearlySpendWithDiscount_IsRoundedToGrosze()
    {
        #region first-values
        var customer = new CustomerId(" 00042 ");              // trimmed; "00042" stays text, never the number 42
        var monthly = new Money(49.99m, Currency.Pln);
        var yearly = monthly * 12m;                            // 599.88 PLN
        var discounted = (yearly * 0.85m).RoundToMinorUnit();  // 15 % off is 509.898, rounded to whole grosze
        var line = $"{customer}: {yearly} a year, {discounted} with the discount";
        #endregion

        // No Console output here: ReadmeTests redirects Console.Out, and test classes run in parallel.
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
        var act = () => zloty + euro;                          // money never converts silently
        #endregion

        act.Should().Throw<ArgumentException>()
            .WithMessage("Cannot add PLN and EUR: money arithmetic and comparison need one currency; convert first. (Parameter 'other')");
    }
}
