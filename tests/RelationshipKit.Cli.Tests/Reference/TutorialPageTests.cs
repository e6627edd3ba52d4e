using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RelationshipKit.Cli.Tests.Reference;

/// <summary>
/// Keeps the command-line half of docs/tutorial.md honest: runs every command of its bash blocks, in order, in a
/// scratch folder holding CDNOW_sample.txt, and checks that the text block under a command shows what it prints.
/// Only the tool (with an optional <c>&gt; file</c>) and the <c>sort | [cut |] head</c> pipelines the page uses are understood; any other command fails
/// the test, so the page cannot show a command nobody ran.
/// </summary>
public partial class TutorialPageTests
{
    [Fact]
    public void CommandLineSection_EveryCommandRunsAndPrintsWhatThePageShows()
    {
        var page = DocsPageFile.Read("tutorial.md");
        var section = page[page.IndexOf("## With the command-line tool", StringComparison.Ordinal)..];
        var folder = Directory.CreateTempSubdirectory("rk-tutorial-").FullName;
        try
        {
            File.Copy(TestFiles.Data("CDNOW_sample.txt"), Path.Combine(folder, "CDNOW_sample.txt"));
            var blocks = DocsPageFile.CodeBlocks(section);
            blocks.Should().Contain(b => b.Language == "bash", "the section shows the commands");
            var commands = 0;
            for (var i = 0; i < blocks.Count; i++)
            {
                if (blocks[i].Language != "bash")
                {
                    continue;
                }

                var output = string.Empty;
                foreach (var command in Commands(blocks[i].Body))
                {
                    output = Run(command, folder);
                    commands++;
                }

                if (i + 1 < blocks.Count && blocks[i + 1].Language == "text")
                {
                    Lines(output).Should().Equal(Lines(blocks[i + 1].Body), "the page shows what '{0}' prints", blocks[i].Body.Trim());
                }
            }

            commands.Should().BeGreaterThanOrEqualTo(7);

            // The holdout figures the page quotes from analysis.json.
            using var analysis = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "analysis.json")));
            var bgnbd = analysis.RootElement.GetProperty("customer_base").GetProperty("fits").EnumerateArray()
                .Single(f => f.GetProperty("model").GetString() == "bgnbd");
            var predicted = bgnbd.GetProperty("holdout_predicted").GetDouble().ToString("N1", CultureInfo.InvariantCulture);
            var actual = bgnbd.GetProperty("holdout_actual").GetDouble().ToString("N0", CultureInfo.InvariantCulture);
            section.Should().Contain($"`holdout_predicted` is {predicted} and\n`holdout_actual` is {actual}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Runs one command line of the page in <paramref name="folder"/> and returns what it prints.</summary>
    private static string Run(string command, string folder)
    {
        var sort = SortPipeline().Match(command);
        if (sort.Success)
        {
            return Sort(sort, folder);
        }

        command.Should().StartWith("relationshipkit ", "the tutorial runs only the tool and sort pipelines");
        var redirect = command.IndexOf(" > ", StringComparison.Ordinal);
        var target = redirect < 0 ? null : command[(redirect + 3)..].Trim();
        var args = Arguments(command["relationshipkit ".Length..(redirect < 0 ? command.Length : redirect)])
            .Select(a => FileArgument().IsMatch(a) ? Path.Combine(folder, a) : a)
            .ToArray();
        var result = CliRunner.Run(args);
        result.ExitCode.Should().Be(0, "'{0}' succeeds; stderr: {1}", command, result.Error);
        if (target is null)
        {
            return result.Output;
        }

        File.WriteAllText(Path.Combine(folder, target), result.Output);
        return string.Empty;
    }

    /// <summary>Emulates <c>sort -t, -kN,Ngr FILE [| cut -d, -fA,B] | head -n K</c> (descending numeric sort on one column).</summary>
    private static string Sort(Match pipeline, string folder)
    {
        var column = int.Parse(pipeline.Groups["key"].Value, CultureInfo.InvariantCulture) - 1;
        var rows = File.ReadAllLines(Path.Combine(folder, pipeline.Groups["file"].Value))
            .Skip(1)
            .Select(line => line.Split(','))
            .OrderByDescending(cells => double.Parse(cells[column], CultureInfo.InvariantCulture))
            .Take(int.Parse(pipeline.Groups["head"].Value, CultureInfo.InvariantCulture));
        var fields = pipeline.Groups["fields"].Success
            ? pipeline.Groups["fields"].Value.Split(',').Select(f => int.Parse(f, CultureInfo.InvariantCulture) - 1).ToArray()
            : null;
        return string.Concat(rows.Select(cells => string.Join(',', fields is null ? cells : fields.Select(f => cells[f])) + "\n"));
    }

    /// <summary>Splits a block into commands, joining lines continued with a backslash.</summary>
    private static IEnumerable<string> Commands(string block) =>
        block.Replace("\\\n", " ", StringComparison.Ordinal)
            .Split('\n')
            .Select(DocsPageFile.OneLine)
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    /// <summary>Splits a command line into arguments the way a POSIX shell does for plain words and double quotes.</summary>
    private static IEnumerable<string> Arguments(string line) =>
        Argument().Matches(line).Select(m => m.Groups["quoted"].Success ? m.Groups["quoted"].Value : m.Value);

    private static IEnumerable<string> Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n').Select(l => l.TrimEnd());

    [GeneratedRegex(@"^sort -t, -k(?<key>\d+),\k<key>gr (?<file>[\w.]+)(?: \| cut -d, -f(?<fields>[\d,]+))? \| head -n (?<head>\d+)$")]
    private static partial Regex SortPipeline();

    [GeneratedRegex(@"^[\w.-]+\.(?:txt|csv|json)$")]
    private static partial Regex FileArgument();

    [GeneratedRegex(@"""(?<quoted>[^""]*)""|\S+")]
    private static partial Regex Argument();
}
