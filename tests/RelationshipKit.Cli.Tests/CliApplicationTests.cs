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

    [Theory]
    [InlineData(new[] { "--help" }, "  relationshipkit [command] [options]")]
    [InlineData(new[] { "bonds", "--help" }, "  relationshipkit bonds [command] [options]")]
    [InlineData(new[] { "fit", "bgnbd", "--help" }, "  relationshipkit fit bgnbd [options]")]
    public void Help_UsageNamesTheToolAsUsersTypeIt(string[] args, string usage)
    {
        // Not the assembly (RelationshipKit.Cli) nor the test host.
        var result = CliRunner.Run(args);
        result.ExitCode.Should().Be(0);
        result.Output.Split('\n').Should().Contain(usage);
    }

    [Fact]
    public void Help_FormatListsOnlyTheCommandsFormats()
    {
        CliRunner.Run("summarize", "--help").Output.Should().Contain("--format <csv|json>");
        CliRunner.Run("bonds", "archetypes", "--help").Output.Should().Contain("--format <table|csv|json>");
    }

    [Theory]
    [InlineData("summarize", "--input <file>")]
    [InlineData("analyze", "--bond-survey <file>")]
    [InlineData("analyze", "--archetypes <file>")]
    [InlineData("predict bgnbd", "--fit <file>")]
    public void Help_FileOptionsSayFile(string command, string expected)
    {
        var result = CliRunner.Run([.. command.Split(' '), "--help"]);
        result.Output.Should().Contain(expected);
    }

    [Fact]
    public void NoCommand_ExitsTwoPointingToHelp()
    {
        var result = CliRunner.Run();
        result.ExitCode.Should().Be(2);
        result.Error.Should().Be("error: Required command was not provided.\nRun 'relationshipkit --help' for usage.\n");
        result.Output.Should().BeEmpty();
    }

    [Theory]
    [InlineData("fit", "bgnbd")]
    [InlineData("summarize")]
    [InlineData("analyze", "--survey")]
    [InlineData("analyze", "--bond-survey")]
    [InlineData("bonds", "archetypes", "--archetypes")]
    public void WrongFile_QuotesOnlyAShortCleanExcerptOfIt(params string[] command)
    {
        // A binary or very wide file given by mistake: the message stays one short line.
        var path = TestFiles.Temp("\u0001\u0002" + new string('x', 5000) + ",y\n1,2\n");
        string[] args = command[^1].StartsWith("--", StringComparison.Ordinal) ? [.. command, path] : [.. command, "--input", path];

        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle().Which.Length.Should().BeLessThan(400);
        result.Error.Should().NotContain("\u0001").And.Contain("…");
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
