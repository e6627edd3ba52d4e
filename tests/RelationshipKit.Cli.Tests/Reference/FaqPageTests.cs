namespace RelationshipKit.Cli.Tests.Reference;

/// <summary>
/// Keeps the command-line example of docs/faq.md ("My file is rejected") honest: writes the page's CSV file, runs
/// each of its commands and checks that the text block under it is what the tool prints (stdout, or stderr when the
/// command fails with exit code 2). Lines the page wraps to fit the column are compared with their spaces joined.
/// </summary>
public class FaqPageTests
{
    [Fact]
    public void RejectedFile_CommandsPrintWhatThePageShows()
    {
        var page = DocsPageFile.Read("faq.md");
        var section = page[page.IndexOf("### On the command line", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", StringComparison.Ordinal)];
        var blocks = DocsPageFile.CodeBlocks(section);
        var folder = Directory.CreateTempSubdirectory("rk-faq-").FullName;
        try
        {
            var csv = blocks.Single(b => b.Language == "csv").Body;
            File.WriteAllText(Path.Combine(folder, "orders.csv"), csv);
            var checkedCommands = 0;
            for (var i = 0; i + 1 < blocks.Count; i++)
            {
                if (blocks[i].Language != "bash" || blocks[i + 1].Language != "text")
                {
                    continue;
                }

                var command = DocsPageFile.OneLine(blocks[i].Body);
                command.Should().StartWith("relationshipkit ");
                var args = command["relationshipkit ".Length..].Split(' ')
                    .Select(a => a == "orders.csv" ? Path.Combine(folder, a) : a)
                    .ToArray();
                var result = CliRunner.Run(args);
                var printed = (result.ExitCode == 0 ? result.Output : result.Error).Replace(folder + Path.DirectorySeparatorChar, string.Empty, StringComparison.Ordinal);

                result.ExitCode.Should().BeOneOf(0, 2);
                Joined(printed).Should().Be(Joined(blocks[i + 1].Body), "the page shows what '{0}' prints", command);
                checkedCommands++;
            }

            checkedCommands.Should().Be(2);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Joined(string text) => DocsPageFile.OneLine(text.Replace("\n", " ", StringComparison.Ordinal));
}
