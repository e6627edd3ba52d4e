using RelationshipKit.Bonds;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Bonds;

/// <summary>
/// Loads a bond archetype catalogue with the library's <see cref="BondArchetypeCatalogCsvReader"/> and writes one in
/// the long form it reads: one row per signature term (see docs/reference/archetype-catalog-format.md).
/// <c>relationshipkit bonds archetypes --format csv</c> writes Fournier's catalogue in this form, so a user's catalogue
/// can start from it.
/// </summary>
internal static class ArchetypeCatalogCsv
{
    /// <summary>The columns <see cref="Write"/> prints, in order.</summary>
    public static readonly string[] WrittenColumns = ["archetype", "name", "dimension", "score", "weight", "description", "source"];

    /// <summary>Reads the catalogue file at <paramref name="path"/>.</summary>
    /// <exception cref="CliUsageException">Thrown when the file cannot be read.</exception>
    /// <exception cref="CsvFormatException">Thrown at the first problem in the file, naming the line and column.</exception>
    public static BondArchetypeCatalog Load(string path)
    {
        using var reader = CliInput.Open(path, BondArchetypeCatalogCsvReader.Open);
        return reader.ReadAll();
    }

    /// <summary>Writes <paramref name="catalog"/> in the long form that <see cref="BondArchetypeCatalogCsvReader"/> reads back.</summary>
    public static string Write(BondArchetypeCatalog catalog) =>
        CsvText.Write(
            WrittenColumns,
            catalog.Archetypes.SelectMany(archetype => archetype.Signature.Select(target => (IReadOnlyList<string>)
            [
                archetype.Id,
                archetype.DisplayName,
                BondDimensions.Get(target.Dimension).KebabName,
                CsvText.Number(target.Score),
                CsvText.Number(target.Weight),
                archetype.Description,
                archetype.Source,
            ])));
}
