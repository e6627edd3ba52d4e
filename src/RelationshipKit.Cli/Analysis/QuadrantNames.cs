using RelationshipKit.Benefits;

namespace RelationshipKit.Cli.Analysis;

/// <summary>The words the report uses for the importance–performance quadrants (JSON replaces spaces with underscores).</summary>
internal static class QuadrantNames
{
    public static string Text(IpaQuadrant quadrant) => quadrant switch
    {
        IpaQuadrant.ConcentrateHere => "concentrate here",
        IpaQuadrant.KeepUpTheGoodWork => "keep up the good work",
        IpaQuadrant.LowPriority => "low priority",
        _ => "possible overkill",
    };
}
