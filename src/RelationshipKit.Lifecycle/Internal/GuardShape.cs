namespace RelationshipKit.Lifecycle.Internal;

/// <summary>What a rule's guard delegate takes.</summary>
internal enum GuardShape
{
    /// <summary>No guard.</summary>
    None,

    /// <summary><c>Func&lt;GuardArguments&lt;TStage&gt;, bool&gt;</c>.</summary>
    Plain,

    /// <summary><c>Func&lt;GuardArguments&lt;TStage&gt;, TArg, bool&gt;</c> for the trigger's argument type.</summary>
    Typed,
}
