using RelationshipKit.Value.Fitting;

namespace RelationshipKit.Value.Tests.Fitting;

public class SufficientRowsTests
{
    [Fact]
    public void From_IdenticalRows_CollapseIntoWeightsInFirstAppearanceOrder()
    {
        var data = RfmTable.Create([1, 0, 1, 2, 0], [3, 0, 3, 5, 0], [9, 9, 9, 9, 9], TimeUnit.Week, [1, 2, 3, 1, 1]);

        var rows = SufficientRows.From(data);

        rows.Count.Should().Be(3);
        rows.Frequency.Take(3).Should().Equal(1, 0, 2);
        rows.Weight.Take(3).Should().Equal(4, 3, 1);
        rows.TotalWeight.Should().Be(8);
        rows.MeanT.Should().Be(9);
    }

    [Fact]
    public void From_Filter_KeepsOnlyMatchingRows()
    {
        var data = RfmTable.Create([1, 0, 2], [3, 0, 5], [9, 9, 9], TimeUnit.Week, default, [10, 0, 20]);

        var rows = SufficientRows.From(data, withMonetaryValue: true, includeFrequency: x => x > 0);

        rows.Count.Should().Be(2);
        rows.MonetaryValue!.Take(2).Should().Equal(10, 20);
    }

    [Fact]
    public void From_ContinuousRows_KeepsEveryRow()
    {
        var n = 200_000;
        var x = new double[n];
        var t = new double[n];
        for (var i = 0; i < n; i++)
        {
            t[i] = 10 + (i * 1e-4);
        }

        var rows = SufficientRows.From(RfmTable.Create(x, new double[n], t, TimeUnit.Week));

        rows.Count.Should().Be(n);
        rows.TotalWeight.Should().Be(n);
    }
}
