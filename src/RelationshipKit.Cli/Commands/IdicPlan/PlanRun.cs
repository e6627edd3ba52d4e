using NodaTime;
using RelationshipKit.Idic;
using RelationshipKit.Idic.Customize;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Cli.Commands.IdicPlan;

/// <summary>
/// Runs the IDIC steps of <c>idic plan</c> on checked input: identity clusters, then per customer his tier and stage,
/// consent ledger, contact profile, treatment (the default treatment rules), open promises, next allowed contact per
/// channel and care plan.
/// </summary>
internal static class PlanRun
{
    /// <summary>The channels whose next allowed contact is printed.</summary>
    public static readonly Channel[] Channels = [Channel.Phone, Channel.Email, Channel.Sms, Channel.Post];

    public static IReadOnlyList<CustomerPlan> Run(PlanInput input, Instant at)
    {
        var resolution = new IdentityResolver().Resolve(input.Records);
        var policy = new ContactPolicy();
        var planner = new CarePlanner(policy);
        var plans = new List<CustomerPlan>(resolution.Clusters.Count);
        foreach (var cluster in resolution.Clusters.OrderBy(c => c.Id))
        {
            var customer = cluster.Id;
            var rows = cluster.RecordIds.Order(StringComparer.Ordinal).Select(r => input.Customers[r]).ToArray();
            var records = new HashSet<string>(cluster.RecordIds, StringComparer.Ordinal);
            var events = input.Events.Where(e => records.Contains(e.Record)).OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
            var zone = rows.Select(r => r.TimeZone).FirstOrDefault(z => z is not null) ?? DateTimeZone.Utc;
            var tier = rows.Select(r => r.Tier).FirstOrDefault(t => t is not null);
            var stage = rows.Select(r => r.Stage).FirstOrDefault(s => s is not null);
            var preferred = rows.SelectMany(r => r.PreferredChannels).Distinct().ToArray();

            var profile = new ContactProfile(customer, zone);
            if (preferred.Length > 0)
            {
                profile = profile.WithPreferredChannels(preferred);
            }

            var consent = ConsentLedger.Empty(customer);
            var promises = new List<CallbackPromise>();
            var kept = new HashSet<string>(StringComparer.Ordinal);
            var care = new List<CareEvent>();
            foreach (var e in events)
            {
                switch (e.Kind)
                {
                    case "consent-granted" or "consent-withdrawn" when e.At <= at:
                        consent = consent.Append(new ConsentEvent(e.Id, customer, new ConsentPurpose(e.Detail),
                            e.Kind == "consent-granted" ? ConsentAction.Granted : ConsentAction.Withdrawn, e.At));
                        break;
                    case "suppress":
                        profile = profile.WithSuppression(new SuppressionWindow(e.At, e.Until!.Value, e.Detail));
                        break;
                    case "contact" when e.At <= at:
                        profile = profile.WithContact(new Channel(e.Detail), e.At);
                        break;
                    case "promise" when e.At <= at:
                        promises.Add(CallbackPromise.Make(e.Id, customer, e.At, e.Until!.Value, e.Detail, "contact-centre", Channel.Phone));
                        break;
                    case "promise-kept" when e.At <= at:
                        kept.Add(e.Detail);
                        break;
                    default:
                        if (e.Care is { } kind)
                        {
                            care.Add(new CareEvent(e.Id, customer, kind, e.At, e.Detail));
                        }

                        break;
                }
            }

            var marketing = consent.Check(ConsentPurpose.Marketing, Channel.Email, at).IsGranted;
            var facts = new TreatmentFacts(customer, tier, lifecycleStage: stage, marketingConsent: marketing,
                contactAllowedNow: policy.Decide(profile, Channel.Phone, at).IsAllowed);
            var treatment = TreatmentRules.Default.Decide(facts);
            var next = Channels.Select(c => policy.Decide(profile, c, at)).ToArray();
            var open = promises.Where(p => !kept.Contains(p.Id)).OrderBy(p => p.DueAt).ToArray();
            var plan = planner.Plan(profile, consent, care, at, treatment);
            plans.Add(new CustomerPlan(cluster, tier, stage, zone.Id, treatment, next, open, plan, at));
        }

        return plans;
    }
}
