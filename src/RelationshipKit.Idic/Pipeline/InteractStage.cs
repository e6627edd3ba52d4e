using Microsoft.Extensions.Logging;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Idic.Pipeline;

/// <summary>Continues the dialogue: context and memory, consent, contact policy, questions, offers and promises.</summary>
internal sealed class InteractStage<TCustomer> : IdicStage<TCustomer>
{
    private readonly IInteractionStore? _interactions;
    private readonly IConsentStore? _consent;
    private readonly IPromiseStore? _promises;
    private readonly Func<InteractArguments<TCustomer>, ValueTask<ContactProfile?>>? _profileOf;
    private readonly ContactPolicy _policy;
    private readonly int _maxOffers;
    private readonly string[] _learning;
    private readonly IReadOnlyList<EscalationStep> _escalation;
    private readonly ILogger _logger;

    internal InteractStage(InteractStageOptions<TCustomer> options, ILogger logger)
        : base(IdicStageKind.Interact)
    {
        _interactions = options.Interactions;
        _consent = options.Consent;
        _promises = options.Promises;
        _profileOf = options.ContactProfileOf;
        _policy = options.ContactPolicy ?? throw Guard.Option(nameof(options.ContactPolicy), null, "be set");
        if (options.MaxOffersPerContact < 0)
        {
            throw Guard.Option(nameof(options.MaxOffersPerContact), options.MaxOffersPerContact, "be 0 or more");
        }

        _maxOffers = options.MaxOffersPerContact;
        _learning = [.. options.LearningQuestions.Select(q => KebabCase.Require(q, Fact.MaxQuestionLength, nameof(options.LearningQuestions)))];
        _escalation = options.Escalation ?? throw Guard.Option(nameof(options.Escalation), null, "be set");
        _logger = logger;
    }

    internal override async ValueTask ExecuteAsync(IdicState<TCustomer> state, CancellationToken cancellationToken)
    {
        if (state.CustomerId is not { } id)
        {
            state.Decide(IdicStageKind.Interact, "skipped", "no identified customer: no memory, consent or policy to apply");
            return;
        }

        var request = state.Request;
        var at = state.At;

        // Context and memory: each interaction continues the last one.
        var history = _interactions is null ? null : await _interactions.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        var promises = _promises is null ? [] : await _promises.ListOpenAsync(id, cancellationToken).ConfigureAwait(false);
        var context = CustomerContext.Create(id, history?.Events ?? [], at, promises.Select(p => p.Promise));
        state.Context = context;
        state.Decide(IdicStageKind.Interact, "continue-dialogue",
            context.LastInteraction is { } last
                ? $"continues {last.Topic} on {last.Channel} at {last.At}; {context.RememberedCount} answers remembered"
                : "first recorded interaction with this customer",
            history is null ? "no interaction store" : $"interaction store, version {history.Version}");

        // Overdue promises: never forgotten silently.
        state.OverduePromises = CallbackPromises.Overdue(context.OpenPromises, at, _escalation, _logger);
        foreach (var overdue in state.OverduePromises)
        {
            state.Decide(IdicStageKind.Interact, "callback-promise", $"serve first: {overdue}", "promise store");
        }

        foreach (var open in context.OpenPromises.Where(p => !p.IsOverdueAt(at)))
        {
            state.Decide(IdicStageKind.Interact, "callback-promise", $"open promise {open.Id} ({open.Reason}) due {open.DueAt}: keep it in this contact if possible", "promise store");
        }

        // Consent for the request's purpose on its channel.
        var stored = _consent is null ? null : await _consent.ReadAsync(id, cancellationToken).ConfigureAwait(false);
        var ledger = stored?.Ledger ?? ConsentLedger.Empty(id);
        var basis = stored is null ? "no consent store: implicit purposes only" : $"consent store, version {stored.Version}";
        var consent = ledger.Check(request.Purpose, request.Channel, at);
        state.Consent = consent;
        state.Decide(IdicStageKind.Interact, "consent", consent.ToString(), basis);
        if (!consent.IsGranted)
        {
            Refuse(state, id, $"no consent for {request.Purpose} on {request.Channel}: {consent.Reason}");
        }

        // The contact policy for outbound contact.
        if (request.Direction == IdicDirection.Outbound)
        {
            var profile = _profileOf is null ? null : await _profileOf(new InteractArguments<TCustomer>(state, cancellationToken)).ConfigureAwait(false);
            if (profile is null)
            {
                state.Decide(IdicStageKind.Interact, "contact-policy", "no contact profile: outbound contact refused (time zone unknown)");
                Refuse(state, id, "no contact profile for an outbound contact");
            }
            else
            {
                var decision = _policy.Decide(profile, request.Channel, at);
                state.ContactDecision = decision;
                state.Decide(IdicStageKind.Interact, "contact-policy", decision.ToString(), $"contact profile ({profile.TimeZone.Id})");
                if (!decision.IsAllowed)
                {
                    Refuse(state, id, decision.NextAllowed is { } next ? $"not allowed now; next allowed {next}" : "not allowed on this channel");
                }
            }
        }

        // Never ask twice, on any channel.
        foreach (var question in request.Questions)
        {
            var recall = context.Memory.Recall(question, at);
            if (recall.IsValid)
            {
                state.KnownAnswers.Add(recall);
                state.Decide(IdicStageKind.Interact, "never-ask-twice", $"do not ask {question}: {recall}", "dialogue memory");
            }
            else
            {
                state.QuestionsToAsk.Add(question);
                state.Decide(IdicStageKind.Interact, "never-ask-twice", $"ask {question}: {recall}", "dialogue memory");
            }
        }

        state.SuggestedQuestion = _learning.FirstOrDefault(q => context.Memory.Recall(q, at).ShouldAsk && !state.QuestionsToAsk.Contains(q));
        if (state.SuggestedQuestion is { } suggested)
        {
            state.Decide(IdicStageKind.Interact, "learn-something", $"learn {suggested} in this contact", "learning questions");
        }

        // Offers: within the cap, and only with marketing consent.
        if (request.Offers.Count > 0)
        {
            var marketing = request.Purpose == ConsentPurpose.Marketing ? consent : ledger.Check(ConsentPurpose.Marketing, request.Channel, at);
            if (state.Refusal is not null || !marketing.IsGranted)
            {
                state.OffersWithheld.AddRange(request.Offers);
                state.Decide(IdicStageKind.Interact, "offer-consent",
                    $"withhold {request.Offers.Count} offers: {(state.Refusal is not null ? "the interaction is refused" : marketing.Reason)}", basis);
            }
            else
            {
                state.OffersAllowed.AddRange(request.Offers.Take(_maxOffers));
                state.OffersWithheld.AddRange(request.Offers.Skip(_maxOffers));
                state.Decide(IdicStageKind.Interact, "offer-cap",
                    $"make {state.OffersAllowed.Count} of {request.Offers.Count} offers (cap {_maxOffers} per contact: learn something instead of pushing products)", "interact options");
            }
        }
    }

    private void Refuse(IdicState<TCustomer> state, CustomerId id, string reason)
    {
        state.Refusal ??= reason;
        IdicLog.InteractionRefused(_logger, id, reason);
    }
}
