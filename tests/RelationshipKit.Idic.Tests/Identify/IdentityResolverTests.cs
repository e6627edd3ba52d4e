using CsCheck;
using RelationshipKit.Idic.Identify;

namespace RelationshipKit.Idic.Tests.Identify;

public class IdentityResolverTests
{
    private static readonly IdentityResolver Resolver = new();

    private static ChannelRecord Record(string id, Channel channel, params Identifier[] identifiers) => new(id, channel, identifiers);

    [Fact]
    public void Resolve_SharedNormalisedIdentifiers_LinkAcrossChannels()
    {
        var records = new[]
        {
            Record("web:1", Channel.Web, Identifier.Email("Jan.Kowalski@Example.com")),
            Record("shop:7", Channel.Shop, Identifier.Loyalty("1234 5678"), Identifier.Phone("601 234 567")),
            Record("cc:3", Channel.Phone, Identifier.Phone("+48 601-234-567"), Identifier.Email("jan.kowalski@example.com")),
            Record("app:9", Channel.Mobile, Identifier.Device("ABC-123")),
        };

        var resolution = Resolver.Resolve(records);

        resolution.Clusters.Select(c => c.Id.Value).Should().Equal("app:9", "cc:3");
        var jan = resolution.ClusterOf("web:1");
        jan.RecordIds.Should().Equal("cc:3", "shop:7", "web:1");
        jan.Channels.Should().Equal(Channel.Phone, Channel.Shop, Channel.Web);
        jan.NeedsReview.Should().BeFalse();
        resolution.Explain(jan).Select(l => l.ToString()).Should().Equal(
            "shop:7 linked to cc:3 by phone +48*******67",
            "web:1 linked to cc:3 by e-mail j***@e***.com");
        resolution.ToString().Should().Be("4 records -> 2 customers (0 splits, 0 ambiguous links, 0 rejected identifiers)");
    }

    [Fact]
    public void Resolve_TwoAccountNumbersInOneComponent_SplitsAndReportsSoftLinks()
    {
        // A household: two account holders share the home phone; a web form carries only that phone.
        var records = new[]
        {
            Record("bank:A", Channel.Shop, Identifier.Account("PL-00012345"), Identifier.Phone("601234567"), Identifier.Email("anna@example.com")),
            Record("bank:B", Channel.Shop, Identifier.Account("PL-00067890"), Identifier.Phone("601234567")),
            Record("web:1", Channel.Web, Identifier.Email("anna@example.com")),
            Record("web:2", Channel.Web, Identifier.Phone("+48601234567")),
            Record("app:1", Channel.Mobile, Identifier.Account("PL-00067890"), Identifier.Device("dev-1")),
        };

        var resolution = Resolver.Resolve(records);

        resolution.Clusters.Select(c => string.Join(",", c.RecordIds)).Should().Equal("app:1,bank:B", "bank:A,web:1", "web:2");
        resolution.ClusterOf("web:2").ReviewReason.Should().Be("it is soft-linked to 2 customers with different hard identifiers");
        resolution.ClusterOf("web:1").NeedsReview.Should().BeFalse();
        resolution.Splits.Should().ContainSingle().Which.ToString().Should().Be(
            "5 records hold 2 account numbers (***345, ***890): split into 3 clusters; 2 soft links reported as ambiguous");
        resolution.AmbiguousLinks.Select(l => l.ToString()).Should().Equal(
            "bank:A (cluster app:1) and bank:B (cluster bank:A) share phone +48*******67 but hold different hard identifiers: not merged"
                .Replace("bank:A (cluster app:1) and bank:B (cluster bank:A)", "bank:B (cluster app:1) and bank:A (cluster bank:A)", StringComparison.Ordinal),
            "bank:B (cluster app:1) and web:2 (cluster web:2) share phone +48*******67 but hold different hard identifiers: not merged");
    }

    [Fact]
    public void Resolve_RecordWithTwoAccountNumbers_IsLeftForReview()
    {
        var records = new[]
        {
            Record("a", Channel.Shop, Identifier.Account("ACC-0000001"), Identifier.Account("ACC-0000002")),
            Record("b", Channel.Web, Identifier.Account("ACC-0000001"), Identifier.Email("b@example.com")),
            Record("c", Channel.Web, Identifier.Email("b@example.com")),
        };

        var resolution = Resolver.Resolve(records);

        resolution.Clusters.Select(c => string.Join(",", c.RecordIds)).Should().Equal("a", "b,c");
        resolution.ClusterOf("a").ReviewReason.Should().Be("its record holds two different values of one hard identifier");
        resolution.AmbiguousLinks.Should().BeEmpty();
    }

    [Fact]
    public void Resolve_InvalidIdentifiers_AreRejectedAndLinkNothing()
    {
        var records = new[]
        {
            Record("a", Channel.Web, Identifier.Phone("12345"), Identifier.Email("x@example.com")),
            Record("b", Channel.Web, Identifier.Phone("12345")),
        };

        var resolution = Resolver.Resolve(records);

        resolution.Clusters.Should().HaveCount(2);
        resolution.RejectedIdentifiers.Select(r => r.ToString()).Should().Equal(
            "a: phone *** is not a valid phone", "b: phone *** is not a valid phone");
    }

    [Fact]
    public void Resolve_DuplicateRecordIds_Throws()
    {
        var act = () => Resolver.Resolve([Record("a", Channel.Web), Record("a", Channel.Shop)]);
        act.Should().Throw<ArgumentException>().WithMessage("records must have unique ids; \"a\" is at items 0 and 1. (Parameter 'records')");
    }

    [Fact]
    public void Resolve_Cancelled_Throws()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        var act = () => Resolver.Resolve([Record("a", Channel.Web)], cancellationToken: source.Token);
        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Resolve_ReportsProgress()
    {
        var seen = new List<double>();
        Resolver.Resolve([Record("a", Channel.Web)], new SynchronousProgress(seen));
        seen.Should().Equal(0.5, 0.75, 1.0);
    }

    [Fact]
    public void Ctor_InvalidOptions_Throw()
    {
        var act = () => new IdentityResolver(new IdentityResolutionOptions { MaxDegreeOfParallelism = 0 });
        act.Should().Throw<ArgumentException>().WithMessage("MaxDegreeOfParallelism must be at least 1; was 0. (Parameter 'options')");
    }

    [Fact]
    public void ChangesSince_MergeAndSplit_AreExplained()
    {
        var before = Resolver.Resolve(
        [
            Record("web:1", Channel.Web, Identifier.Email("anna@example.com")),
            Record("shop:1", Channel.Shop, Identifier.Phone("601234567")),
            Record("cc:1", Channel.Phone, Identifier.Phone("601234567"), Identifier.Account("ACC-0000001")),
            Record("cc:2", Channel.Phone, Identifier.Account("ACC-0000002")),
        ]);
        var after = Resolver.Resolve(
        [
            Record("web:1", Channel.Web, Identifier.Email("anna@example.com"), Identifier.Phone("601 234 567")),
            Record("shop:1", Channel.Shop, Identifier.Phone("601234567")),
            Record("cc:1", Channel.Phone, Identifier.Phone("601234567"), Identifier.Account("ACC-0000001")),
            Record("cc:2", Channel.Phone, Identifier.Account("ACC-0000002"), Identifier.Email("anna@example.com")),
        ]);

        var changes = after.ChangesSince(before).Select(c => c.ToString()).ToArray();

        // web:1 and shop:1 now share the phone, but web:1's e-mail also reaches the second account holder: the
        // floating pair is left apart for review instead of joining either account.
        changes.Should().Equal(
            "merged cc:1 + web:1 -> shop:1: web:1 linked to shop:1 by phone +48*******67",
            "split cc:1 -> cc:1 + shop:1: 4 records hold 2 account numbers (***001, ***002): split into 3 clusters; 2 soft links reported as ambiguous");
        after.ClusterOf("web:1").ReviewReason.Should().Be("it is soft-linked to 2 customers with different hard identifiers");
    }

    [Fact]
    public void Resolve_AnyRecordOrder_GivesTheSameResult()
    {
        // A small identifier pool makes links, chains and account conflicts frequent.
        var identifier = Gen.OneOf(
            Gen.Int[0, 5].Select(i => Identifier.Email($"user{i}@example.com")),
            Gen.Int[0, 5].Select(i => Identifier.Phone($"60{i} 000 000")),
            Gen.Int[0, 3].Select(i => Identifier.Loyalty($"L{i}")),
            Gen.Int[0, 2].Select(i => Identifier.Account($"ACC-000000{i}")));
        var records = identifier.Array[0, 3].Array[1, 14];

        Gen.Select(records, Gen.Int[0, int.MaxValue]).Sample((identifiers, seed) =>
        {
            var input = identifiers.Select((ids, i) => Record($"r{i:D2}", i % 2 == 0 ? Channel.Web : Channel.Shop, ids)).ToArray();
            var shuffled = input.OrderBy(_ => 0).ToArray();
            new Random(seed).Shuffle(shuffled);

            Describe(Resolver.Resolve(input)).Should().Be(Describe(Resolver.Resolve(shuffled)));
        }, iter: 300);
    }

    private static string Describe(IdentityResolution r) => string.Join("\n",
        r.Clusters.Select(c => string.Join(",", c.RecordIds) + "|" + c.ReviewReason)
            .Concat(r.AmbiguousLinks.Select(l => l.ToString()))
            .Concat(r.Splits.Select(s => s.ToString()))
            .Concat(r.Clusters.SelectMany(c => r.Explain(c)).Select(l => l.Kind.ToString())).Order(StringComparer.Ordinal)
            .Concat(r.RejectedIdentifiers.Select(x => x.ToString())));

    private sealed class SynchronousProgress(List<double> seen) : IProgress<double>
    {
        public void Report(double value) => seen.Add(value);
    }
}
