using NodaTime;
using RelationshipKit.Idic.Interact;

namespace RelationshipKit.Idic.Customize;

/// <summary>
/// Schedules a customer's care activities from his events (by <see cref="CareRule"/>s) and from his treatment, and
/// checks every slot against his consent and the contact policy.
/// </summary>
/// <remarks>
/// <para><b>Asked-for instant.</b> Event + the rule's delay, but not before the plan's instant. A treatment's
/// activities are open-ended: they are scheduled after the event-driven (time-bound) ones, asked for at the plan's
/// instant or after the last time-bound contact, whichever is later, so that they never crowd a thank-you call out of
/// the frequency caps. An activity whose deadline (event + the rule's deadline) has passed
/// lapses. A treatment activity already planned from an event is not planned twice.</para>
/// <para><b>Channel.</b> The activity's default channel (<see cref="CareActivities"/>); when the customer accepts
/// outbound contact only on other channels, his first preferred channel.</para>
/// <para><b>Checks.</b> Consent for the activity's purpose on the channel at the slot
/// (<see cref="ConsentLedger.Check"/>); then <see cref="ContactPolicy.Decide"/> (quiet hours, preferred hours,
/// suppression windows such as his team's match, frequency caps, service hours). A held-back activity moves to the
/// next allowed instant unless that is past the deadline. Each scheduled contact counts toward the frequency caps of
/// the later ones. Internal activities (complaint routing, comments to product development, key-account alerts,
/// root-cause follow-up) are planned at the asked-for instant without checks.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class CarePlanner
{
    private readonly ContactPolicy _policy;
    private readonly CareRule[] _rules;

    /// <summary>Initializes a new <see cref="CarePlanner"/>.</summary>
    /// <param name="policy">The contact policy; <see langword="null"/> for the default policy.</param>
    /// <param name="rules">The care rules; <see langword="null"/> for <see cref="CareRules.Default"/>. Names must be distinct.</param>
    /// <exception cref="ArgumentException">Thrown when <paramref name="rules"/> holds null or a name twice.</exception>
    public CarePlanner(ContactPolicy? policy = null, IEnumerable<CareRule>? rules = null)
    {
        _policy = policy ?? new ContactPolicy();
        _rules = [.. Guard.CopyNotNull(rules ?? CareRules.Default)];
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in _rules)
        {
            if (!names.Add(rule.Name))
            {
                throw new ArgumentException($"rules must have distinct names; {Guard.Format(rule.Name)} appears twice.", nameof(rules));
            }
        }

        Rules = Array.AsReadOnly(_rules);
    }

    /// <summary>Gets the care rules.</summary>
    public IReadOnlyList<CareRule> Rules { get; }

    /// <summary>Makes a customer's care plan.</summary>
    /// <param name="profile">His contact profile (time zone, quiet and preferred hours, suppression windows, recent contacts).</param>
    /// <param name="consent">His consent ledger.</param>
    /// <param name="events">His events; all must be his.</param>
    /// <param name="at">When the plan is made.</param>
    /// <param name="treatment">His treatment, whose care activities are planned too; <see langword="null"/> for events only.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the ledger, an event or the treatment is another customer's, or <paramref name="events"/> holds null.</exception>
    public CarePlan Plan(ContactProfile profile, ConsentLedger consent, IEnumerable<CareEvent> events, Instant at, TreatmentDecision? treatment = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        return Plan(new CareInputs(profile, consent, events), at, treatment);
    }

    /// <summary>Makes a customer's care plan from his contact profile, consent ledger and events.</summary>
    /// <param name="inputs">His contact profile, consent ledger and events.</param>
    /// <param name="at">When the plan is made.</param>
    /// <param name="treatment">His treatment, whose care activities are planned too; <see langword="null"/> for events only.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="inputs"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when the treatment is another customer's.</exception>
    public CarePlan Plan(CareInputs inputs, Instant at, TreatmentDecision? treatment = null)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var customer = inputs.Customer;
        var profile = inputs.Profile;
        var consent = inputs.Consent;
        var list = inputs.Events;
        if (treatment is not null && treatment.Facts.Customer != customer)
        {
            throw new ArgumentException($"treatment must be {customer}'s; was {treatment.Facts.Customer}'s.", nameof(treatment));
        }

        var wanted = new List<(CareActivity Activity, string Rule, string Reason, CareEvent? Trigger, Instant Requested, Instant? Deadline)>();
        foreach (var e in list.OrderBy(e => e.At).ThenBy(e => e.Id, StringComparer.Ordinal))
        {
            foreach (var rule in _rules.Where(r => r.Trigger == e.Kind))
            {
                var requested = Instant.Max(e.At + rule.Delay, at);
                wanted.Add((rule.Activity, rule.Name, $"{CareRule.Describe(rule.Delay)} {e.Kind} {e.Id} at {e.At}" + (e.Note is null ? string.Empty : $" ({e.Note})"), e, requested, e.At + rule.Deadline));
            }
        }

        if (treatment is not null)
        {
            for (var i = 0; i < treatment.CareActivities.Count; i++)
            {
                var activity = treatment.CareActivities[i];
                if (!wanted.Exists(w => w.Activity == activity))
                {
                    wanted.Add((activity, treatment.CareRules[i], $"treatment {treatment.Name}", null, at, null));
                }
            }
        }

        // Time-bound activities first, in time order; then the open-ended ones (a treatment's), asked for no earlier than
        // the last time-bound contact, so that scheduling stays in time order and they never crowd out a time-bound one
        // under the frequency caps.
        var items = new List<CarePlanItem>(wanted.Count);
        var last = at;
        foreach (var w in wanted.Where(w => w.Deadline is not null).OrderBy(w => w.Requested).ThenBy(w => w.Activity))
        {
            var item = Schedule(ref profile, consent, w.Activity, w.Rule, w.Reason, w.Trigger, w.Requested, w.Deadline, at);
            if (item.Channel is not null && item.Scheduled is { } slot)
            {
                last = Instant.Max(last, slot);
            }

            items.Add(item);
        }

        foreach (var w in wanted.Where(w => w.Deadline is null).OrderBy(w => w.Requested).ThenBy(w => w.Activity))
        {
            var reaches = CareActivities.Describe(w.Activity).ReachesCustomer;
            var requested = reaches ? Instant.Max(w.Requested, last) : w.Requested;
            var item = Schedule(ref profile, consent, w.Activity, w.Rule, w.Reason, w.Trigger, requested, null, at);
            if (reaches && item.Scheduled is { } slot)
            {
                last = Instant.Max(last, slot);
            }

            items.Add(item);
        }

        var ordered = items.Where(i => i.IsPlanned).OrderBy(i => i.Scheduled ?? i.Requested).ThenBy(i => i.Activity)
            .Concat(items.Where(i => !i.IsPlanned).OrderBy(i => i.Requested).ThenBy(i => i.Activity))
            .ToArray();
        return new CarePlan(customer, at, ordered);
    }

    private CarePlanItem Schedule(ref ContactProfile profile, ConsentLedger consent, CareActivity activity, string rule, string reason, CareEvent? trigger, Instant requested, Instant? deadline, Instant at)
    {
        var info = CareActivities.Describe(activity);
        if (info.Channel is not { } defaultChannel || info.Purpose is not { } purpose)
        {
            return new CarePlanItem(activity, rule, reason, trigger, requested, requested, null, CarePlanItemStatus.Internal, ["internal: no customer contact, no consent or contact-policy check"]);
        }

        var checks = new List<string>();
        if (deadline is { } lapse && lapse < at)
        {
            checks.Add($"deadline {lapse} had passed when the plan was made");
            return new CarePlanItem(activity, rule, reason, trigger, requested, null, defaultChannel, CarePlanItemStatus.Lapsed, [.. checks]);
        }

        var channel = defaultChannel;
        if (profile.PreferredChannels.Count > 0 && !profile.PreferredChannels.Contains(channel))
        {
            channel = profile.PreferredChannels[0];
            checks.Add($"channel {channel} instead of {defaultChannel}: the customer accepts outbound contact only on {string.Join(", ", profile.PreferredChannels)}");
        }

        var decision = _policy.Decide(profile, channel, requested);
        if (decision.NextAllowed is not { } slot)
        {
            checks.Add("contact policy: " + string.Join("; ", decision.Reasons));
            return new CarePlanItem(activity, rule, reason, trigger, requested, null, channel, CarePlanItemStatus.NoSlot, [.. checks]);
        }

        checks.Add(decision.IsAllowed ? $"contact policy: {channel} allowed at {slot}" : $"contact policy: moved to {slot}: {string.Join("; ", decision.Reasons)}");
        if (deadline is { } end && slot > end)
        {
            checks.Add($"the next allowed instant is past the deadline {end}");
            return new CarePlanItem(activity, rule, reason, trigger, requested, null, channel, CarePlanItemStatus.Lapsed, [.. checks]);
        }

        var allowed = consent.Check(purpose, channel, slot);
        checks.Add($"consent for {purpose} on {channel}: {allowed}");
        if (!allowed.IsGranted)
        {
            return new CarePlanItem(activity, rule, reason, trigger, requested, null, channel, CarePlanItemStatus.NoConsent, [.. checks]);
        }

        profile = profile.WithContact(channel, slot);
        return new CarePlanItem(activity, rule, reason, trigger, requested, slot, channel, decision.IsAllowed ? CarePlanItemStatus.Scheduled : CarePlanItemStatus.Moved, [.. checks]);
    }
}
