namespace RelationshipKit.Benefits;

/// <summary>
/// Represents who receives the value of a benefit: in business-to-business relationships value has two recipients,
/// the customer organisation and the individual who represents it.
/// </summary>
/// <remarks>
/// <para>The organisation gains profit, revenue, return on assets, market share or lower costs; the individual
/// representative gains credibility and prestige with peers and bosses, career progress or an easier day (never
/// bribes). In consumer markets the customer is an individual, so <see cref="Individual"/> is the <c>default</c>.</para>
/// </remarks>
public enum ValueRecipient
{
    /// <summary>The individual: a consumer, or in B2B the person who represents the customer organisation (the default).</summary>
    Individual = 0,

    /// <summary>The customer organisation as a whole (B2B).</summary>
    Organisation = 1,
}
