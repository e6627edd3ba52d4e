namespace RelationshipKit.Cli.Tests;

public class PublicApiTests
{
    /// <summary>The tool is packed too; its contract is the command line (snapshot-tested per command), so its assembly exposes no public API.</summary>
    [Fact]
    public void RelationshipKitCli_PublicApi_IsEmpty()
    {
        var assembly = typeof(RelationshipKit.Cli.Infrastructure.ExitCodes).Assembly;
        assembly.GetExportedTypes().Should().BeEmpty();
        PublicApi.Of(assembly).Trim().Should().BeEmpty();
    }
}
