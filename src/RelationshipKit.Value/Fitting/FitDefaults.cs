namespace RelationshipKit.Value.Fitting;

/// <summary>The defaults of <see cref="FitOptions"/>.</summary>
internal static class FitDefaults
{
    public const double Penalizer = 0;
    public const int MaxIterations = 1000;
    public const double GradientTolerance = 1e-8;
}
