using NodaTime;
using RelationshipKit.Value;
using RelationshipKit.Value.Models.Clv;
using RelationshipKit.Value.Models.GammaGamma;

namespace RelationshipKit.Docs.Tests.Snippets;

/// <summary>Code shown on docs/value/clv.md, compiled and checked here.</summary>
public class ClvSnippets
{
    [Fact]
    public void Customer()
    {
        var purchases = CdnowExample.Fitted;
        var spend = GammaGammaModel.Fit(CdnowExample.Summary("cdnow_customers_summary_with_transactions.csv")).Model;
        #region clv-customer
        // BG/NBD in weeks + Gamma-Gamma in dollars:
        var clv = new CustomerLifetimeValueModel(purchases, spend);

        var options = new CustomerLifetimeValueOptions
        {
            // One year ahead in 13 four-week steps.
            Horizon = Duration.FromDays(364),
            Step = Duration.FromDays(28),
            // Converted exactly: (1.10)^(7/365.2425) − 1 per week.
            DiscountRate = DiscountRate.PerYear(0.10),
            // 30 % of revenue is profit.
            Margin = 0.30,
        };

        var value = clv.DiscountedValue(
            frequency: 2, recency: 30.43, t: 38.86, meanSpend: 22.35, options);
        // 11.00 dollars
        var asMoney = clv.DiscountedValue(
            2, 30.43, 38.86, new Money(22.35m, Currency.Usd), options);
        // 11.00 USD, unrounded
        #endregion

        Math.Round(value, 2).Should().Be(11.00);
        asMoney.Currency.Should().Be(Currency.Usd);
        Math.Round((double)asMoney.Amount, 2).Should().Be(11.00);
    }

    [Fact]
    public void Base()
    {
        var purchases = CdnowExample.Fitted;
        var data = CdnowExample.Summary("cdnow_customers_summary_with_transactions.csv");
        var spend = GammaGammaModel.Fit(data).Model;
        var options = new CustomerLifetimeValueOptions { Horizon = Duration.FromDays(364), Step = Duration.FromDays(28), DiscountRate = DiscountRate.PerYear(0.10), Margin = 0.30 };
        #region clv-base
        var clv = new CustomerLifetimeValueModel(purchases, spend);
        var values = new double[data.Count];
        // One value per customer, in the file's order:
        clv.DiscountedValue(data, values, options);

        var total = values.Sum();
        // 21,672 dollars of margin from the 2,357 customers next year
        #endregion

        Math.Round(total, 0).Should().Be(21672);

        // The page's long-horizon figure: ten years in weekly steps for the same customer.
        var tenYears = clv.DiscountedValue(2, 30.43, 38.86, 22.35, new CustomerLifetimeValueOptions { Horizon = Duration.FromDays(3640), Step = Duration.FromDays(7), DiscountRate = DiscountRate.PerYear(0.10), Margin = 0.30 });
        Math.Round(tenYears, 2).Should().Be(39.23);
    }

    [Fact]
    public void Defaults()
    {
        var clv = new CustomerLifetimeValueModel(CdnowExample.Fitted, new GammaGammaModel(new GammaGammaParameters(6.25, 3.74, 15.44)));
        #region clv-defaults
        // Defaults: 12 steps of 30 days, 10 % a year, margin 1 (revenue).
        var revenue = clv.DiscountedValue(2, 30.43, 38.86, 22.35);
        // 36.34
        #endregion

        Math.Round(revenue, 2).Should().Be(36.34);
    }
}
