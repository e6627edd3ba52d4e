namespace RelationshipKit.Satisfaction;

/// <summary>
/// Represents when in the purchase cycle a satisfaction rating was given: before, during or after the purchase.
/// </summary>
/// <remarks>
/// <para>Seed 002 measures the relationship by the customer's satisfaction "during the purchase cycle and after
/// receiving the products or services"; <see cref="Before"/> covers the experience a prospect builds before buying
/// (seed 001: the time perspective "no longer covers only the stage after the purchase").</para>
/// <para>The <c>default</c> value is <see cref="Before"/>; <see cref="SatisfactionRating"/> requires a defined value.</para>
/// </remarks>
public enum PurchaseCyclePhase
{
    /// <summary>Before the purchase: the prospect's experience of the company while choosing.</summary>
    Before = 0,

    /// <summary>During the purchase cycle: ordering, paying, delivery.</summary>
    During = 1,

    /// <summary>After the products or services were received: use, support, renewal.</summary>
    After = 2,
}
