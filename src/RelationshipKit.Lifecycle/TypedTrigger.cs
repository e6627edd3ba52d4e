using System.Globalization;
using RelationshipKit.Lifecycle.Internal;

namespace RelationshipKit.Lifecycle;

/// <summary>
/// Represents a trigger that carries an argument of type <typeparamref name="TArg"/>, declared on the builder with
/// <see cref="LifecycleBuilder{TStage, TTrigger}.Trigger{TArg}(TTrigger, Func{TArg, string}?)"/> before
/// <c>Build()</c>. Guards of its transitions read the argument, and <c>Fire</c> takes it with the token.
/// </summary>
/// <typeparam name="TTrigger">The trigger enum.</typeparam>
/// <typeparam name="TArg">The argument type.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
[Immutable]
public sealed class TypedTrigger<TTrigger, TArg>
    where TTrigger : struct, Enum
{
    private readonly Func<TArg, string>? _summarize;

    internal TypedTrigger(TTrigger trigger, Func<TArg, string>? summarize)
    {
        Trigger = trigger;
        _summarize = summarize;
    }

    /// <summary>Gets the trigger.</summary>
    public TTrigger Trigger { get; }

    /// <summary>Gets the argument type.</summary>
    public Type ArgumentType => typeof(TArg);

    /// <summary>Returns the text kept in the history for <paramref name="argument"/>: the summary function's result,
    /// or the invariant text of the argument, cut to 500 characters.</summary>
    /// <param name="argument">The argument.</param>
    /// <returns>The summary; "null" for a null argument.</returns>
    public string Summarize(TArg argument)
    {
        var text = _summarize is not null
            ? _summarize(argument) ?? "null"
            : argument switch
            {
                null => "null",
                IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
                _ => argument.ToString() ?? "null",
            };
        return text.Length <= LifecycleLimits.MaxArgumentSummaryLength ? text : string.Concat(text.AsSpan(0, LifecycleLimits.MaxArgumentSummaryLength - 1), "…");
    }

    /// <summary>Returns the trigger's name and argument type.</summary>
    /// <returns>For example <c>"Dissolve(DissolutionReason)"</c>.</returns>
    public override string ToString() => $"{EnumTable<TTrigger>.NameOf(Trigger)}({typeof(TArg).Name})";
}
