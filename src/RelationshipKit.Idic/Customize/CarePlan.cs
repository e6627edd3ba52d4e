using NodaTime;

namespace RelationshipKit.Idic.Customize;

/// <summary>Represents a customer's dated care plan: every activity planned for him, in date order, with its reason and rule.</summary>
/// <remarks>Created by <see cref="CarePlanner.Plan(CareInputs, NodaTime.Instant, TreatmentDecision?)"/>. Equality is reference equality. This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class CarePlan
{
    internal CarePlan(CustomerId customer, Instant at, CarePlanItem[] items)
    {
        Customer = customer;
        At = at;
        Items = Array.AsReadOnly(items);
    }

    /// <summary>Gets the customer.</summary>
    public CustomerId Customer { get; }

    /// <summary>Gets when the plan was made.</summary>
    public Instant At { get; }

    /// <summary>Gets every item, planned ones first by date, then the ones not scheduled by the instant asked for.</summary>
    public IReadOnlyList<CarePlanItem> Items { get; }

    /// <summary>Gets the items on the plan (scheduled, moved or internal).</summary>
    public IEnumerable<CarePlanItem> Planned => Items.Where(i => i.IsPlanned);

    /// <summary>Gets the items not scheduled (no consent, no slot, lapsed), with the reasons in their checks.</summary>
    public IEnumerable<CarePlanItem> NotScheduled => Items.Where(i => !i.IsPlanned);

    /// <summary>Returns the items, one per line.</summary>
    /// <returns>The plan.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Items);
}
