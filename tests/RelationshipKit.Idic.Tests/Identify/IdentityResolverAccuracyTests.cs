using RelationshipKit.Benchmarks;
using RelationshipKit.Idic.Identify;

namespace RelationshipKit.Idic.Tests.Identify;

/// <summary>The benchmark's generator at a small size: the resolver must find exactly the true customers.</summary>
public class IdentityResolverAccuracyTests
{
    [Fact]
    public void Resolve_GeneratedChannelRecords_FindsEveryTrueCustomerExactly()
    {
        var data = ChannelRecordGenerator.Generate(customers: 20_000, seed: 7);

        var resolution = new IdentityResolver().Resolve(data.Records);

        resolution.Clusters.Should().HaveCount(20_000);
        var truthOf = data.Records.Select((r, i) => (r.Id, Truth: data.Truth[i])).ToDictionary(x => x.Id, x => x.Truth);
        resolution.Clusters.Should().OnlyContain(c => c.RecordIds.Select(id => truthOf[id]).Distinct().Count() == 1, "every cluster is one true customer");
        resolution.Splits.Should().HaveCount(data.Households).And.OnlyContain(s => s.Clusters.Count == 2);
        resolution.AmbiguousLinks.Should().HaveCount(data.Households).And.OnlyContain(l => l.Kind == IdentifierKind.Phone);
        resolution.RejectedIdentifiers.Should().HaveCount(data.Typos);
        resolution.Clusters.Should().OnlyContain(c => !c.NeedsReview);
        data.Households.Should().BeGreaterThan(50, "the generator makes about 0.35 % of customers share a landline");
        data.Records.Average(r => r.Identifiers.Count).Should().BeInRange(2.0, 2.3);
    }
}
