namespace RelationshipKit.Value.Reports;

/// <summary>Represents how <see cref="CustomerBaseReport"/> chose the purchase model it reports first.</summary>
public enum ModelSelectionRule
{
    /// <summary>With a holdout period: the lowest mean absolute error of the per-customer holdout purchases (predicted against actual, weighted by the rows' weights).</summary>
    HoldoutMeanAbsoluteError,

    /// <summary>Without a holdout period: the lowest Bayesian information criterion of the calibration fit.</summary>
    LowestBic,
}
