namespace RelationshipKit.Value.Formulas;

/// <summary>Represents the verdict of an acquisition check: whether winning the customer creates or destroys value.</summary>
public enum AcquisitionOutcome
{
    /// <summary>The lifetime value equals the acquisition cost: the spend neither creates nor destroys value.</summary>
    BreakEven = 0,

    /// <summary>The lifetime value exceeds the acquisition cost: the acquisition creates value.</summary>
    Profit = 1,

    /// <summary>The acquisition cost exceeds the lifetime value: the spend destroys value.</summary>
    Loss = 2,
}
