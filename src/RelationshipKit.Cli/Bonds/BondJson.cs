using System.Text.Json;
using RelationshipKit.Bonds;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Bonds;

/// <summary>Writes bond profiles, matches and advice in the JSON contract shared by <c>bonds classify</c> and <c>analyze</c>.</summary>
internal static class BondJson
{
    /// <summary>Writes a profile as an object from kebab-case dimension name to score.</summary>
    public static void WriteProfile(Utf8JsonWriter writer, string name, BondProfile profile)
    {
        writer.WriteStartObject(name);
        foreach (var score in profile.Scores)
        {
            writer.WriteFinite(BondDimensions.Get(score.Dimension).KebabName, score.Value);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the ranked matches as an array.</summary>
    public static void WriteMatches(Utf8JsonWriter writer, string name, IEnumerable<BondMatch> matches)
    {
        writer.WriteStartArray(name);
        foreach (var match in matches)
        {
            WriteMatch(writer, match);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes one match with its per-dimension explanation.</summary>
    public static void WriteMatch(Utf8JsonWriter writer, BondMatch match)
    {
        writer.WriteStartObject();
        writer.WriteNumber("rank", match.Rank);
        writer.WriteString("archetype", match.Archetype.Id);
        writer.WriteString("name", match.Archetype.DisplayName);
        writer.WriteFinite("confidence", match.Confidence);
        writer.WriteFinite("distance", match.Distance);
        writer.WriteFinite("coverage", match.Coverage);
        writer.WriteString("explanation", match.Explanation);
        writer.WriteStartArray("dimensions");
        foreach (var contribution in match.Contributions)
        {
            writer.WriteStartObject();
            writer.WriteString("dimension", BondDimensions.Get(contribution.Dimension).KebabName);
            writer.WriteFinite("profile", contribution.ProfileScore);
            writer.WriteFinite("signature", contribution.TargetScore);
            writer.WriteFinite("weight", contribution.Weight);
            writer.WriteFinite("share", contribution.Share);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("not_scored");
        foreach (var dimension in match.MissingDimensions)
        {
            writer.WriteStringValue(BondDimensions.Get(dimension).KebabName);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes dimensions as an array of kebab-case names.</summary>
    private static void WriteDimensions(Utf8JsonWriter writer, string name, IEnumerable<BondDimension> dimensions)
    {
        writer.WriteStartArray(name);
        foreach (var dimension in dimensions)
        {
            writer.WriteStringValue(BondDimensions.Get(dimension).KebabName);
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes "what would move it" advice.</summary>
    public static void WriteAdvice(Utf8JsonWriter writer, string name, BondAdvice advice)
    {
        writer.WriteStartObject(name);
        writer.WriteString("target", advice.Target.Id);
        writer.WriteString("outcome", advice.Outcome switch
        {
            BondAdviceOutcome.AlreadyBestMatch => "already_best_match",
            BondAdviceOutcome.Reachable => "reachable",
            BondAdviceOutcome.BlockedByPinned => "blocked_by_pinned",
            _ => "unreachable",
        });
        WriteDimensions(writer, "pinned", advice.Pinned);
        WriteDimensions(writer, "release_to_reach", advice.ReleaseToReach);
        writer.WriteBoolean("release_together", advice.ReleaseTogether);
        writer.WriteStartArray("changes");
        foreach (var change in advice.Changes)
        {
            writer.WriteStartObject();
            writer.WriteString("dimension", BondDimensions.Get(change.Dimension).KebabName);
            writer.WriteString("direction", change.IsRaise ? "raise" : "lower");
            writer.WriteFinite("from", change.From);
            writer.WriteFinite("to", change.To);
            writer.WriteString("toward", change.TowardPole);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        WriteProfile(writer, "advised_profile", advice.AdvisedProfile);
        if (advice.AdvisedClassification.TryGetMatch(advice.Target.Id, out var advised))
        {
            writer.WriteNumber("advised_rank", advised.Rank);
            writer.WriteFinite("advised_confidence", advised.Confidence);
        }

        writer.WriteString("explanation", advice.Explanation);
        writer.WriteEndObject();
    }

    /// <summary>Writes a catalogue: <c>{"archetypes":[{"id","name","description","source","signature":[{"dimension","score","weight"}]}]}</c>.</summary>
    public static void WriteCatalog(Utf8JsonWriter writer, BondArchetypeCatalog catalog)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("archetypes");
        foreach (var archetype in catalog.Archetypes)
        {
            writer.WriteStartObject();
            writer.WriteString("id", archetype.Id);
            writer.WriteString("name", archetype.DisplayName);
            writer.WriteString("description", archetype.Description);
            writer.WriteString("source", archetype.Source);
            writer.WriteStartArray("signature");
            foreach (var target in archetype.Signature)
            {
                writer.WriteStartObject();
                writer.WriteString("dimension", BondDimensions.Get(target.Dimension).KebabName);
                writer.WriteFinite("score", target.Score);
                writer.WriteFinite("weight", target.Weight);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
