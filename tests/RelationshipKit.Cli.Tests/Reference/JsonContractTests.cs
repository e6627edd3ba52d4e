using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace RelationshipKit.Cli.Tests.Reference;

/// <summary>
/// Keeps docs/reference/json-contracts.md honest: for each section, runs the command named in its
/// <c>&lt;!-- contract: … --&gt;</c> comment and compares the keys of its JSON with the keys the section's table lists.
/// </summary>
public partial class JsonContractTests
{
    public static TheoryData<string> Contracts()
    {
        var data = new TheoryData<string>();
        foreach (var contract in ReadContracts())
        {
            data.Add(contract.Command);
        }

        return data;
    }

    [Fact]
    public void Page_HasAContractForEveryJsonCommand()
    {
        var commands = ReadContracts().Select(c => string.Join(' ', c.Command.Split(' ').TakeWhile(word => !word.StartsWith("--", StringComparison.Ordinal)))).ToList();
        commands.Should().BeEquivalentTo(
            ["fit bgnbd", "predict bgnbd", "predict sbg", "summarize", "cohorts", "value simple", "value acquisition", "bonds classify", "bonds archetypes", "lifecycle classify", "lifecycle verify", "idic plan", "analyze"]);
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Output_HasExactlyTheDocumentedKeys(string command)
    {
        var contract = ReadContracts().Single(c => c.Command == command);
        var args = command.Replace("{data}", Path.Combine(AppContext.BaseDirectory, "TestData"), StringComparison.Ordinal).Split(' ');
        var result = CliRunner.Run(args);
        result.ExitCode.Should().Be(0, result.Error);

        using var json = JsonDocument.Parse(result.Output);
        var produced = new SortedSet<string>(StringComparer.Ordinal);
        Collect(json.RootElement, string.Empty, produced);

        var wildcards = contract.Keys.Where(k => k.EndsWith(".*", StringComparison.Ordinal)).Select(k => k[..^1]).ToList();
        bool CoveredByWildcard(string key) => wildcards.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal));

        var undocumented = produced.Where(k => !contract.Keys.Contains(k) && !CoveredByWildcard(k)).ToList();
        undocumented.Should().BeEmpty($"docs/reference/json-contracts.md must list every key that '{command}' prints");

        var missing = contract.Keys.Where(k => !k.EndsWith(".*", StringComparison.Ordinal) && !produced.Contains(k) && !contract.Optional.Contains(k)).ToList();
        missing.Should().BeEmpty($"every key the page lists for '{command}' must be in its output (or be marked optional)");
        wildcards.Where(prefix => !produced.Any(k => k.StartsWith(prefix, StringComparison.Ordinal))).Should().BeEmpty("a wildcard stands for keys that exist");
    }

    private static void Collect(JsonElement element, string path, ISet<string> keys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    var key = path.Length == 0 ? property.Name : $"{path}.{property.Name}";
                    keys.Add(key);
                    Collect(property.Value, key, keys);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, path + "[]", keys);
                }

                break;
        }
    }

    private static List<Contract> ReadContracts()
    {
        var contracts = new List<Contract>();
        Contract? current = null;
        foreach (var line in File.ReadLines(PagePath()))
        {
            var start = ContractComment().Match(line);
            if (start.Success)
            {
                current = new Contract(start.Groups[1].Value.Trim());
                contracts.Add(current);
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
                continue;
            }

            if (current is null || !line.StartsWith("| `", StringComparison.Ordinal))
            {
                continue;
            }

            var cells = line.Split('|');
            foreach (Match key in KeyInCell().Matches(cells[1]))
            {
                current.Keys.Add(key.Groups[1].Value);
                if (cells[2].Contains("(optional)", StringComparison.Ordinal))
                {
                    current.Optional.Add(key.Groups[1].Value);
                }
            }
        }

        return contracts;
    }

    private static string PagePath([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "docs", "reference", "json-contracts.md"));

    [GeneratedRegex(@"^<!-- contract: (.+) -->$")]
    private static partial Regex ContractComment();

    [GeneratedRegex("`([^`]+)`")]
    private static partial Regex KeyInCell();

    private sealed class Contract(string command)
    {
        public string Command { get; } = command;

        public HashSet<string> Keys { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Optional { get; } = new(StringComparer.Ordinal);
    }
}
