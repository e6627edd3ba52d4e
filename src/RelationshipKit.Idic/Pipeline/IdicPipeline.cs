using Microsoft.Extensions.Logging;
using NodaTime;
using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit.Idic;

/// <summary>
/// Represents an IDIC pipeline (Peppers &amp; Rogers: identify, differentiate, interact, customise) that runs one
/// interaction through its stages in the order they were added and returns every decision with its explanation.
/// </summary>
/// <typeparam name="TCustomer">The application's customer type.</typeparam>
/// <remarks>
/// Build it with <see cref="IdicPipelineBuilder{TCustomer}"/>. It is immutable and thread-safe: build it once and
/// share it; each <see cref="ExecuteAsync"/> carries its own state.
/// </remarks>
[Immutable]
public sealed class IdicPipeline<TCustomer>
{
    private readonly IdicStage<TCustomer>[] _stages;
    private readonly IClock _clock;
    private readonly ILogger _logger;

    internal IdicPipeline(IdicStage<TCustomer>[] stages, IClock clock, ILogger logger)
    {
        _stages = stages;
        _clock = clock;
        _logger = logger;
    }

    /// <summary>Gets the stages, in execution order.</summary>
    public IReadOnlyList<IdicStageKind> Stages => [.. _stages.Select(s => s.Kind)];

    /// <summary>Runs one interaction through the pipeline. Without an identify stage, the request's customer id (if any) is taken as identified.</summary>
    /// <param name="request">The interaction.</param>
    /// <param name="cancellationToken">Cancels the run between and inside stages.</param>
    /// <returns>What was decided, with the decision trace.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="request"/> is null.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public async ValueTask<IdicResult<TCustomer>> ExecuteAsync(IdicRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var state = new IdicState<TCustomer>(request, request.At ?? _clock.GetCurrentInstant(), _logger);
        if (request.Customer is { } given && !Array.Exists(_stages, s => s.Kind == IdicStageKind.Identify))
        {
            state.CustomerId = given;
            state.Decide(IdicStageKind.Identify, "given-customer", $"no identify stage: the request names customer {given}");
        }
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await stage.ExecuteAsync(state, cancellationToken).ConfigureAwait(false);
        }

        return state.ToResult();
    }

    /// <summary>Returns the stages in order.</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => "IDIC pipeline: " + string.Join(" -> ", Stages);
}
