namespace RelationshipKit.Lifecycle.Internal;

/// <summary>Limits on names and texts stored with lifecycle data.</summary>
internal static class LifecycleLimits
{
    /// <summary>The longest definition name, in UTF-16 code units.</summary>
    internal const int MaxNameLength = 100;

    /// <summary>The longest guard, block or effect description.</summary>
    internal const int MaxDescriptionLength = 500;

    /// <summary>The longest trigger argument summary kept in a history entry (longer ones are cut with an ellipsis).</summary>
    internal const int MaxArgumentSummaryLength = 500;
}
