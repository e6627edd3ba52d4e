namespace RelationshipKit.Lifecycle.Internal;

/// <summary>The kinds of rule a stage configuration declares.</summary>
internal enum TransitionKind
{
    Transition,
    Reentry,
    Internal,
    WinBack,
}
