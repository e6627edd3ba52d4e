namespace RelationshipKit.Satisfaction;

/// <summary>Represents the group a 0–10 "likelihood to recommend" answer falls in for the Net Promoter Score.</summary>
/// <remarks>Reichheld (2003): 9–10 promoters, 7–8 passives, 0–6 detractors. The <c>default</c> value is <see cref="Detractor"/>.</remarks>
public enum NpsCategory
{
    /// <summary>A score of 0 to 6: an unhappy customer who may talk the company down.</summary>
    Detractor = 0,

    /// <summary>A score of 7 or 8: satisfied but unenthusiastic.</summary>
    Passive = 1,

    /// <summary>A score of 9 or 10: a loyal enthusiast who refers others.</summary>
    Promoter = 2,
}
