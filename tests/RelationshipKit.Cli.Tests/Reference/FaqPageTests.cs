using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace RelationshipKit.Cli.Tests.Reference;

/// <summary>
/// Keeps the command-line example of docs/faq.md ("My file is rejected") honest: writes the page's CSV file, runs
/// each of its commands and checks that the text block under it is what the tool prints (stdout, or stderr when the
/// command fails with exit code 2). Lines the page wraps to fit the column are compared with their spaces joined.
/// </summary>
public partial class FaqPageTests
{
    [Fact]
    public void RejectedFile_CommandsPrintWhatThePageShows()
    {
        var page = File.ReadAllText(PagePath()).Replace("\r\n", "\n", StringComparison.Ordinal);
        var section = page[page.IndexOf("### On the command line", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];
        var blocks = Block().Matches(section).ToList();
        var folder = Directory.CreateTempSubdirectory("rk-faq-").FullName;
        try
        {
            var csv = blocks.Single(b => b.Groups["lang"].Value == "csv").Groups["body"].Value;
            File.WriteAllText(Path.Combine(folder, "orders.csv"), csv);
            var checkedCommands = 0;
            for (var i = 0; i + 1 < blocks.Count; i++)
            {
                if (blocks[i].Groups["lang"].Value != "bash" || blocks[i + 1].Groups["lang"].Value != "text")
                {
                    continue;
                }

                var command = WhiteSpace().Replace(blocks[i].Groups["body"].Value.Replace("\\\n", " ", StringComparison.Ordinal), " ").Trim();
                command.Should().StartWith("relationshipkit ");
                var args = command["relationshipkit ".Length..].Split(' ')
                    .Select(a => a == "orders.csv" ? Path.Combine(folder, a) : a)
                    .ToArray();
                var result = CliRunner.Run(args);
                var printed = (result.ExitCode == 0 ? result.Output : result.Error).Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

                result.ExitCode.Should().BeOneOf(0, 2);
                Joined(printed).Should().Be(Joined(blocks[i + 1].Groups["body"].Value), "the page shows what '{0}' prints", command);
                checkedCommands++;
            }

            checkedCommands.Should().Be(2);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Joined(string text) => WhiteSpace().Replace(text.Replace("\n", " ", StringComparison.Ordinal), " ").Trim();

    private static string PagePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "faq.md"));

    [GeneratedRegex("```(?<lang>[a-z]+)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
