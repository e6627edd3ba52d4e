namespace RelationshipKit.Idic.Identify;

/// <summary>The defaults of <see cref="IdentityResolutionOptions"/>.</summary>
internal static class IdentityResolutionDefaults
{
    internal static readonly IdentifierNormalizer Normalizer = IdentifierNormalizer.ForRegion("PL");

    internal static readonly IdentifierKind[] HardKinds = [IdentifierKind.AccountNumber];
}
