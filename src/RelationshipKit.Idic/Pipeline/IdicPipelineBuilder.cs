using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NodaTime;
using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit.Idic;

/// <summary>
/// Builds an <see cref="IdicPipeline{TCustomer}"/>: add the stages with <c>AddIdentify</c>, <c>AddDifferentiate</c>,
/// <c>AddInteract</c> and <c>AddCustomize</c> (<see cref="IdicPipelineBuilderExtensions"/>), in the order they should
/// run, then call <see cref="Build"/>.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
/// <remarks>
/// Single use, like Polly's builders: a second <see cref="Build"/> or an <c>Add…</c> after it throws
/// <see cref="InvalidOperationException"/>. Not thread-safe; the pipeline it builds is.
/// </remarks>
[Mutable]
public sealed class IdicPipelineBuilder<TCustomer>
{
    private readonly List<IdicStage<TCustomer>> _stages = [];
    private bool _built;

    /// <summary>Gets or sets the clock that stamps requests without an instant.</summary>
    /// <value>Default: <see cref="SystemClock.Instance"/>.</value>
    public IClock Clock { get; set; } = SystemClock.Instance;

    /// <summary>Gets or sets where the pipeline logs its decisions (identifiers masked).</summary>
    /// <value>Default: <see cref="NullLogger.Instance"/>.</value>
    public ILogger Logger { get; set; } = NullLogger.Instance;

    /// <summary>Builds the immutable pipeline.</summary>
    /// <returns>The pipeline.</returns>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built, or when the stages are invalid (none, a kind added twice, identify not first), listing every problem.</exception>
    public IdicPipeline<TCustomer> Build()
    {
        ThrowIfBuilt();
        var problems = new List<string>();
        if (_stages.Count == 0)
        {
            problems.Add("no stage was added: add at least one of AddIdentify, AddDifferentiate, AddInteract, AddCustomize");
        }

        foreach (var group in _stages.GroupBy(s => s.Kind).Where(g => g.Count() > 1))
        {
            problems.Add($"{group.Key} was added {group.Count()} times: add each stage kind once");
        }

        var identify = _stages.FindIndex(s => s.Kind == IdicStageKind.Identify);
        if (identify > 0)
        {
            problems.Add($"Identify is stage {identify + 1}: add it first, so that the stages before it see the customer");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The IDIC pipeline is invalid: " + string.Join("; ", problems) + ".");
        }

        if (Clock is null)
        {
            throw new InvalidOperationException("Clock must be set; was null.");
        }

        _built = true;
        return new IdicPipeline<TCustomer>([.. _stages], Clock, Logger ?? NullLogger.Instance);
    }

    internal IdicPipelineBuilder<TCustomer> AddStage(Func<ILogger, IdicStage<TCustomer>> create)
    {
        ThrowIfBuilt();
        _stages.Add(create(Logger ?? NullLogger.Instance));
        return this;
    }

    private void ThrowIfBuilt()
    {
        if (_built)
        {
            throw new InvalidOperationException("This builder was already built; create a new IdicPipelineBuilder for another pipeline.");
        }
    }
}
