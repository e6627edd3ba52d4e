using System.Text;
using RelationshipKit.Bonds;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Bonds;

/// <summary>Renders bond matches and advice as text tables, shared by <c>bonds classify</c> and <c>analyze</c>.</summary>
internal static class BondTables
{
    /// <summary>Renders the ranked matches followed by each match's explanation.</summary>
    public static string Matches(string title, IReadOnlyList<BondMatch> matches)
    {
        var text = new StringBuilder();
        text.Append(Block(TextTable.Render(
            title,
            ["Rank", "Archetype", "Confidence", "Distance", "Coverage"],
            matches.Select(m => (IReadOnlyList<string>)
            [
                m.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                m.Archetype.DisplayName,
                BondText.Number(m.Confidence),
                BondText.Number(m.Distance),
                BondText.Number(m.Coverage),
            ]),
            new HashSet<int> { 0, 2, 3, 4 })));
        text.Append('\n');
        foreach (var match in matches)
        {
            text.Append(match.Rank).Append(". ").Append(match.Archetype.DisplayName).Append(": ").Append(match.Explanation).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Renders the per-dimension comparison of one match.</summary>
    public static string Contributions(BondMatch match) =>
        Block(TextTable.Render(
            $"Why {match.Archetype.DisplayName}",
            ["Dimension", "Profile", "Signature", "Weight", "Share of distance"],
            match.Contributions.Select(c => (IReadOnlyList<string>)
            [
                BondDimensions.Get(c.Dimension).KebabName,
                BondText.Number(c.ProfileScore),
                BondText.Number(c.TargetScore),
                BondText.Number(c.Weight),
                BondText.Number(c.Share),
            ]),
            new HashSet<int> { 1, 2, 3, 4 }));

    /// <summary>Renders "what would move it" advice: the changes table (when there are changes) and the explanation.</summary>
    public static string Advice(BondAdvice advice)
    {
        var text = new StringBuilder();
        if (advice.Changes.Count > 0)
        {
            text.Append(Block(TextTable.Render(
                $"What would move it to {advice.Target.DisplayName}",
                ["Dimension", "Move", "From", "To", "Toward"],
                advice.Changes.Select(c => (IReadOnlyList<string>)
                [
                    BondDimensions.Get(c.Dimension).KebabName,
                    c.IsRaise ? "raise" : "lower",
                    BondText.Number(c.From),
                    BondText.Number(c.To),
                    c.TowardPole,
                ]),
                new HashSet<int> { 2, 3 })));
            text.Append('\n');
        }

        text.Append(advice.Explanation).Append('\n');
        return text.ToString();
    }

    /// <summary>Renders a catalogue: each archetype's name, identifier and signature (<c>dimension=score</c>, <c>×weight</c> when not 1).</summary>
    public static string Catalog(BondArchetypeCatalog catalog) =>
        Block(TextTable.Render(
            $"Bond archetypes ({catalog.Count})",
            ["Archetype", "Id", "Signature"],
            catalog.Archetypes.Select(a => (IReadOnlyList<string>)
            [
                a.DisplayName,
                a.Id,
                string.Join(" ", a.Signature.Select(t => t.ToString())),
            ])));

    /// <summary>Trims blank lines around a rendered table and ends it with one newline, so callers control spacing.</summary>
    public static string Block(string rendered) => rendered.Trim('\n') + "\n";
}
