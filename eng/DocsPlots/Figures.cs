namespace RelationshipKit.DocsPlots;

/// <summary>Every figure the docs site shows.</summary>
internal static class Figures
{
    public static IReadOnlyList<Figure> All { get; } =
    [
        new("sbg-survival.png", SbgFigure.Render),
        new("cdnow-tracking.png", CdnowTrackingFigure.Render),
    ];
}
