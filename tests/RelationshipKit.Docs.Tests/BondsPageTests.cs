using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RelationshipKit.Bonds;

namespace RelationshipKit.Docs.Tests;

/// <summary>Keeps docs/concepts/bonds.md in step with the code: its dimension and archetype tables are generated here and must appear on the page verbatim.</summary>
public partial class BondsPageTests
{
    private static readonly string PagePath = Path.Combine(ReadmeTests.RepoRoot(), "docs", "concepts", "bonds.md");

    [Fact]
    public void DimensionTable_MatchesBondDimensions()
    {
        var table = new StringBuilder();
        table.Append("| Dimension | Name in files and on the command line | −1 | +1 | What it measures | Role | Source |\n");
        table.Append("|---|---|---|---|---|---|---|\n");
        foreach (var info in BondDimensions.All)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {info.Name} | `{info.KebabName}` | {info.NegativePole} | {info.PositivePole} | {info.Description} | {Role(info.Role)} | {info.Source} |\n");
        }

        Page().Should().Contain(table.ToString());
    }

    [Fact]
    public void Page_DoesNotClaimTheFirstEightDimensionsClassifyRelationships() =>
        Page().Should().NotContain("use to classify").And.NotContain("first eight dimensions are those");

    [Fact]
    public void ArchetypeTable_MatchesTheFournierCatalog()
    {
        var table = new StringBuilder();
        table.Append("| Archetype | `id` |");
        foreach (var info in BondDimensions.All)
        {
            table.Append(' ').Append(Abbreviation(info.Dimension)).Append(" |");
        }

        table.Append(" Source |\n|---|---|");
        table.Append(string.Concat(Enumerable.Repeat("---:|", BondDimensions.Count)));
        table.Append("---|\n");
        foreach (var archetype in BondArchetypeCatalog.Fournier.Archetypes)
        {
            table.Append(CultureInfo.InvariantCulture, $"| {archetype.DisplayName} | `{archetype.Id}` |");
            foreach (var info in BondDimensions.All)
            {
                var cell = archetype.TryGetTarget(info.Dimension, out var target)
                    ? target.Score.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture)
                    : "·";
                table.Append(' ').Append(target.Weight > 1 ? $"**{cell}**" : cell).Append(" |");
            }

            var source = archetype.Source.Contains("Bollen & Emes (2008)", StringComparison.Ordinal) ? "Fournier 1998; Bollen & Emes 2008" : "Fournier 1998";
            table.Append(' ').Append(source).Append(" |\n");
        }

        Page().Should().Contain(table.ToString());
    }

    [Fact]
    public void ArchetypeDescriptions_AppearOnThePage()
    {
        var page = Page();
        foreach (var archetype in BondArchetypeCatalog.Fournier.Archetypes)
        {
            page.Should().Contain($"- **{archetype.DisplayName}** (`{archetype.Id}`): {archetype.Description}");
        }
    }

    [Fact]
    public void SnippetIncludes_NameExistingRegions()
    {
        var snippets = File.ReadAllText(Path.Combine(ReadmeTests.RepoRoot(), "tests", "RelationshipKit.Docs.Tests", "Snippets", "BondSnippets.cs"));
        var includes = SnippetInclude().Matches(Page()).Select(m => m.Groups["region"].Value).ToList();
        includes.Should().NotBeEmpty();
        foreach (var region in includes)
        {
            snippets.Should().Contain($"#region {region}\n", $"the page includes the region {region}");
        }
    }

    /// <summary>The column header used for each dimension in the archetype table.</summary>
    internal static string Abbreviation(BondDimension dimension) => dimension switch
    {
        BondDimension.Voluntariness => "Vol",
        BondDimension.Basis => "Bas",
        BondDimension.Symmetry => "Sym",
        BondDimension.Formality => "For",
        BondDimension.Engagement => "Eng",
        BondDimension.InteractionFrequency => "Frq",
        BondDimension.CategoryInvolvement => "Inv",
        BondDimension.SwitchingEase => "Swi",
        BondDimension.Affect => "Aff",
        BondDimension.Intensity => "Int",
        BondDimension.Duration => "Dur",
        _ => "Vis",
    };

    private static string Page() => File.ReadAllText(PagePath).Replace("\r\n", "\n", StringComparison.Ordinal);

    [GeneratedRegex(@"<<< @/\.\./tests/RelationshipKit\.Docs\.Tests/Snippets/BondSnippets\.cs#(?<region>[a-z0-9-]+)\{cs\}")]
    private static partial Regex SnippetInclude();

    private static string Role(BondDimensionRole role) => role switch
    {
        BondDimensionRole.Axis => "axis",
        BondDimensionRole.KindOfBond => "kind of bond",
        BondDimensionRole.StructuralInfluence => "structural influence",
        BondDimensionRole.Factor => "factor",
        _ => "Fournier",
    };
}
