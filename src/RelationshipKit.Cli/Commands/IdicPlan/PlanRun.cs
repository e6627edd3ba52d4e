using NodaTime;
using RelationshipKit.Cli.Infrastructure;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Pipeline;

namespace RelationshipKit.Cli.Commands.IdicPlan;

/// <summary>
/// Runs the IDIC steps of <c>idic plan</c> on checked input: identity clusters, then per customer his consent ledger,
/// contact profile, promises (kept through <see cref="CallbackPromise.Keep"/>) and care events; then the library's
/// IDIC pipeline (differentiate: his tier; customize: the default treatment rules and his dated care plan) and the
/// next allowed contact per channel.
/// </summary>
internal static class PlanRun
{
    /// <summary>The channels whose next allowed contact is printed.</summary>
    public static readonly Channel[] Channels = [Channel.Phone, Channel.Email, Channel.Sms, Channel.Post];

    public static IReadOnlyList<CustomerPlan> Run(PlanInput input, Instant at)
    {
        var resolution = new IdentityResolver().Resolve(input.Records);
        var policy = new ContactPolicy();
        var customers = new Dictionary<CustomerId, Customer>();
        foreach (var cluster in resolution.Clusters.OrderBy(c => c.Id))
        {
            customers[cluster.Id] = Prepare(input, cluster, at);
        }

        var pipeline = Pipeline(policy, customers);
        var plans = new List<CustomerPlan>(customers.Count);
        foreach (var customer in customers.Values)
        {
            var request = new IdicRequest(Channel.Phone, IdicDirection.Outbound, customer: customer.Cluster.Id, at: at);

            // Every delegate of this pipeline completes synchronously (the data is in memory).
            var result = pipeline.ExecuteAsync(request).AsTask().GetAwaiter().GetResult();
            var treatment = result.Treatment ?? throw new InvalidOperationException("The IDIC pipeline of idic plan has a customize stage; it chose no treatment.");
            var next = Channels.Select(c => policy.Decide(customer.Inputs.Profile, c, at)).ToArray();
            plans.Add(new CustomerPlan(
                customer.Cluster, result.Tier, customer.Stage, customer.Inputs.Profile.TimeZone.Id, treatment.Decision!, next,
                customer.OpenPromises, treatment.CarePlan!, at, result.Trace));
        }

        return plans;
    }

    /// <summary>
    /// The pipeline: differentiate reads the tier from the customers file; customize runs the default treatment
    /// rules on the tier, the lifecycle stage, consent to marketing (by e-mail) and whether a call is allowed now,
    /// and plans the care activities from the customer's events, profile and consent.
    /// </summary>
    private static IdicPipeline<CustomerId> Pipeline(ContactPolicy policy, Dictionary<CustomerId, Customer> customers)
    {
        var strategy = new TreatmentRulesCustomizeStrategy<CustomerId>(
            facts: a =>
            {
                var c = customers[a.CustomerId];
                var inputs = c.Inputs;
                return new TreatmentFacts(
                    a.CustomerId,
                    a.SoFar.Tier,
                    lifecycleStage: c.Stage,
                    marketingConsent: inputs.Consent.Check(ConsentPurpose.Marketing, Channel.Email, a.At).IsGranted,
                    contactAllowedNow: policy.Decide(inputs.Profile, Channel.Phone, a.At).IsAllowed);
            },
            planner: new CarePlanner(policy),
            careInputs: a => new(customers[a.CustomerId].Inputs));
        return new IdicPipelineBuilder<CustomerId>()
            .AddDifferentiate(new DifferentiateStageOptions<CustomerId> { TierOf = a => new(customers[a.CustomerId].Tier) })
            .AddCustomize(new CustomizeStageOptions<CustomerId> { Strategy = strategy })
            .Build();
    }

    private static Customer Prepare(PlanInput input, IdentityCluster cluster, Instant at)
    {
        var customer = cluster.Id;
        var rows = cluster.RecordIds.Order(StringComparer.Ordinal).Select(r => input.Customers[r]).ToArray();
        var records = new HashSet<string>(cluster.RecordIds, StringComparer.Ordinal);
        var events = input.Events.Where(e => records.Contains(e.Record)).OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
        var zone = rows.Select(r => r.TimeZone).FirstOrDefault(z => z is not null) ?? DateTimeZone.Utc;
        var preferred = rows.SelectMany(r => r.PreferredChannels).Distinct().ToArray();

        var profile = new ContactProfile(customer, zone);
        if (preferred.Length > 0)
        {
            profile = profile.WithPreferredChannels(preferred);
        }

        var consent = ConsentLedger.Empty(customer);
        var promises = new List<CallbackPromise>();
        var care = new List<CareEvent>();
        foreach (var e in events)
        {
            switch (e.Kind)
            {
                case "consent-granted" or "consent-withdrawn" when e.At <= at:
                    consent = consent.Append(new ConsentEvent(e.Id, customer, new ConsentPurpose(e.Purpose!),
                        e.Kind == "consent-granted" ? ConsentAction.Granted : ConsentAction.Withdrawn, e.At, e.Channel));
                    break;
                case "suppress":
                    profile = profile.WithSuppression(new SuppressionWindow(e.At, e.Until!.Value, e.Detail));
                    break;
                case "contact" when e.At <= at:
                    profile = profile.WithContact(e.Channel!.Value, e.At);
                    break;
                case "promise" when e.At <= at:
                    promises.Add(CallbackPromise.Make(e.Id, customer, e.At, e.Until!.Value, e.Detail, e.Owner ?? PlanInput.DefaultPromiseOwner, e.Channel ?? PlanInput.DefaultPromiseChannel));
                    break;
                case "promise-kept" when e.At <= at:
                    Keep(input, promises, e, customer);
                    break;
                default:
                    if (e.Care is { } kind)
                    {
                        care.Add(new CareEvent(e.Id, customer, kind, e.At, e.Detail));
                    }

                    break;
            }
        }

        var open = promises.Where(p => p.Status == PromiseStatus.Open).OrderBy(p => p.DueAt).ToArray();
        return new Customer(
            cluster,
            rows.Select(r => r.Tier).FirstOrDefault(t => t is not null),
            rows.Select(r => r.Stage).FirstOrDefault(s => s is not null),
            new CareInputs(profile, consent, care),
            open);
    }

    /// <summary>
    /// Keeps a promise as the library does: the kept event is recorded as a reached callback interaction that lists
    /// the promise, and <see cref="CallbackPromise.Keep"/> checks it (same customer, after the promise was made, not
    /// kept before). A promise that does not exist (for this customer, by this instant) or that the library refuses
    /// to close rejects the event with its file:line:column.
    /// </summary>
    private static void Keep(PlanInput input, List<CallbackPromise> promises, PlanInput.EventRow e, CustomerId customer)
    {
        var index = promises.FindIndex(p => p.Id == e.Detail);
        if (index < 0)
        {
            input.Reject(e, "detail", $"detail must name a promise event of the same customer made before {PlanOutput.Text(e.At)}; \"{e.Detail}\" is none");
            return;
        }

        var promise = promises[index];
        try
        {
            var contact = new Interaction(
                e.Id, customer, e.Channel ?? promise.Channel, e.At, InteractionTopic.Callback, InteractionDirection.Outbound, ContactOutcome.Reached,
                handler: e.Owner ?? promise.Owner, promisesKept: [promise.Id]);
            promises[index] = promise.Keep(contact);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException)
        {
            input.Reject(e, "detail", $"promise \"{promise.Id}\" cannot be kept by this event: {LibraryErrors.FirstSentence(ex.Message).TrimEnd('.')}");
        }
    }

    /// <summary>One customer's prepared data: what the pipeline's delegates read.</summary>
    private sealed record Customer(IdentityCluster Cluster, ValueTier? Tier, string? Stage, CareInputs Inputs, CallbackPromise[] OpenPromises);
}
