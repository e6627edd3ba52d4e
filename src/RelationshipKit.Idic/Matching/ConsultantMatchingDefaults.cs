namespace RelationshipKit.Idic.Matching;

/// <summary>The defaults of <see cref="ConsultantMatchingOptions"/>.</summary>
internal static class ConsultantMatchingDefaults
{
    internal const double StyleWeight = 3;

    internal const double SkillsWeight = 4;

    internal const double LoadWeight = 2;
}
