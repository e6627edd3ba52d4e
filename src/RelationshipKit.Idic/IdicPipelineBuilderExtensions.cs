using RelationshipKit.Idic;
using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit;

/// <summary>
/// Adds the four IDIC stages to an <see cref="IdicPipelineBuilder{TCustomer}"/>. Each validates its options when it is
/// added; the stages run in the order added.
/// </summary>
public static class IdicPipelineBuilderExtensions
{
    /// <summary>Adds the identify stage: find the customer, carry the contact's one verification.</summary>
    /// <typeparam name="TCustomer">The application's customer type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The stage settings; <see cref="IdentifyStageOptions{TCustomer}.FindCustomer"/> and <see cref="IdentifyStageOptions{TCustomer}.CustomerIdOf"/> are required.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when an option is invalid; the message names it.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public static IdicPipelineBuilder<TCustomer> AddIdentify<TCustomer>(this IdicPipelineBuilder<TCustomer> builder, IdentifyStageOptions<TCustomer> options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var stage = new IdentifyStage<TCustomer>(options);
        return builder.AddStage(_ => stage);
    }

    /// <summary>Adds the differentiate stage: the customer's value tier and needs segment.</summary>
    /// <typeparam name="TCustomer">The application's customer type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The stage settings; at least one source of tiers or needs.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when no source is set.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public static IdicPipelineBuilder<TCustomer> AddDifferentiate<TCustomer>(this IdicPipelineBuilder<TCustomer> builder, DifferentiateStageOptions<TCustomer> options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        var stage = new DifferentiateStage<TCustomer>(options);
        return builder.AddStage(_ => stage);
    }

    /// <summary>Adds the interact stage: dialogue memory and context, consent, contact policy, questions, offers and promises.</summary>
    /// <typeparam name="TCustomer">The application's customer type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The stage settings.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when an option is invalid; the message names it.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public static IdicPipelineBuilder<TCustomer> AddInteract<TCustomer>(this IdicPipelineBuilder<TCustomer> builder, InteractStageOptions<TCustomer> options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        return builder.AddStage(logger => new InteractStage<TCustomer>(options, logger));
    }

    /// <summary>Adds the customize stage: the treatment, chosen by the options' strategy (pass-through by default).</summary>
    /// <typeparam name="TCustomer">The application's customer type.</typeparam>
    /// <param name="builder">The builder.</param>
    /// <param name="options">The stage settings; <see langword="null"/> for the pass-through default.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the strategy is null.</exception>
    /// <exception cref="InvalidOperationException">Thrown when the builder was already built.</exception>
    public static IdicPipelineBuilder<TCustomer> AddCustomize<TCustomer>(this IdicPipelineBuilder<TCustomer> builder, CustomizeStageOptions<TCustomer>? options = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var stage = new CustomizeStage<TCustomer>(options ?? new CustomizeStageOptions<TCustomer>());
        return builder.AddStage(_ => stage);
    }
}
