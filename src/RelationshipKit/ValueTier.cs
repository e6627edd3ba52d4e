namespace RelationshipKit;

/// <summary>
/// Represents the value tier of a customer in the differentiate step of IDIC (Peppers &amp; Rogers): ranked by actual
/// and potential value.
/// </summary>
/// <remarks>
/// The numeric order of the members is not a value order. The <c>default</c> value is <see cref="Standard"/>.
/// </remarks>
public enum ValueTier
{
    /// <summary>The rest of the customers: neither most valuable, most growable nor below zero (the default).</summary>
    Standard = 0,

    /// <summary>Most valuable customers (MVC): the highest actual value; the ones to retain.</summary>
    MostValuable = 1,

    /// <summary>Most growable customers (MGC): the most unrealised potential value; the ones to grow.</summary>
    MostGrowable = 2,

    /// <summary>Below-zero customers (BZ): cost more to serve than they bring.</summary>
    BelowZero = 3,
}
