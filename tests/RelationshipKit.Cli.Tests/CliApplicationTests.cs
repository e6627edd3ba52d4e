namespace RelationshipKit.Cli.Tests;

public class CliApplicationTests
{
    [Fact]
    public void Version_PrintsPackageVersion()
    {
        var result = CliRunner.Run("--version");
        result.ExitCode.Should().Be(0);
        result.Output.Should().StartWith("0.1.0");
    }

    [Fact]
    public void Help_ListsCommands()
    {
        var result = CliRunner.Run("--help");
        result.ExitCode.Should().Be(0);
        result.Output.Should().Contain("analyze");
    }

    [Fact]
    public void UnknownCommand_ExitsTwoWithMessage()
    {
        var result = CliRunner.Run("frobnicate");
        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("Unrecognized command or argument 'frobnicate'");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void BadFormat_ExitsTwoWithMessage()
    {
        var result = CliRunner.Run("analyze", "--format", "xml");
        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--format must be one of table, json; was \"xml\".");
    }
}
