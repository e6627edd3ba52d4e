namespace RelationshipKit.Idic.Identify;

/// <summary>
/// Represents the settings of an <see cref="IdentityResolver"/>. A mutable bag: the resolver validates and copies it
/// at construction.
/// </summary>
[Mutable]
public sealed class IdentityResolutionOptions
{
    /// <summary>Gets or sets how identifiers are normalised before they are compared.</summary>
    /// <value>Default: <see cref="IdentifierNormalizer.ForRegion(string)"/> with <c>PL</c> (national numbers read as Polish, the market of the package's sources); set the region of your customers.</value>
    public IdentifierNormalizer Normalizer { get; set; } = IdentityResolutionDefaults.Normalizer;

    /// <summary>Gets the hard identifier kinds: two different values of one of them mean two different customers, whatever soft identifiers they share.</summary>
    /// <value>Default: <see cref="IdentifierKind.AccountNumber"/> only.</value>
    public ISet<IdentifierKind> HardKinds { get; } = new HashSet<IdentifierKind>(IdentityResolutionDefaults.HardKinds);

    /// <summary>Gets or sets how many threads normalise identifiers at once.</summary>
    /// <value>Default: <see cref="Environment.ProcessorCount"/>. Must be at least 1.</value>
    public int MaxDegreeOfParallelism { get; set; } = Environment.ProcessorCount;
}
