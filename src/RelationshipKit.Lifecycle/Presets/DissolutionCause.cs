namespace RelationshipKit.Lifecycle.Presets;

/// <summary>Represents why a relationship ended, with the causes seed 002 names for each side.</summary>
public enum DissolutionCause
{
    /// <summary>Customer: dissatisfied with the supplier's service ("клиент не удовлетворен услугами поставщика").</summary>
    Dissatisfied = 0,

    /// <summary>Customer: moved to other, better brands and products ("разветвляется на другие лучшие бренды и продукты").</summary>
    MovedToBetterBrandOrProduct = 1,

    /// <summary>Supplier: the customer adds nothing to the growth of sales volume ("не участвует в увеличении объема продаж").</summary>
    NoGrowthInVolume = 2,

    /// <summary>Supplier: the supplier finds itself entangled in fraud ("случаях мошенничества").</summary>
    Fraud = 3,

    /// <summary>Another cause, for either side, described in text.</summary>
    Other = 4,
}
