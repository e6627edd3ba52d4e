using System.Text.Json;

namespace RelationshipKit.Cli.Analysis;

/// <summary>A computed report section, ready to render as text or JSON.</summary>
internal abstract class PreparedSection
{
    /// <summary>Writes the human-readable form (headings and tables).</summary>
    public abstract void WriteText(TextWriter writer);

    /// <summary>Writes the section's JSON value (an object) at the writer's current position.</summary>
    public abstract void WriteJson(Utf8JsonWriter writer);
}
