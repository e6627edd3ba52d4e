using NodaTime;

namespace RelationshipKit.Idic.Interact;

/// <summary>
/// Decides when and how a customer may be contacted, and routes his own calls to the line that costs him least.
/// </summary>
/// <remarks>
/// <para><see cref="Decide"/> applies, at each candidate instant: the channel must be one the customer accepts
/// (<see cref="ContactProfile.PreferredChannels"/>); then quiet hours in the customer's time zone, his preferred
/// hours, the suppression windows from his calendar of events, the frequency caps over his recent contacts and the
/// company's service hours for the channel. Each rule that holds the contact back says until when; the next
/// candidate is the latest of those instants, until every rule lets it through or the search horizon is passed.
/// Local times are resolved with NodaTime's lenient rule: a time in a daylight-saving gap moves forward by the gap,
/// an ambiguous time takes its earlier instant, so a quiet hour ending at 02:30 on the night clocks go forward ends at
/// 03:30.</para>
/// <para><see cref="RouteInbound"/> chooses, among the lines open now that serve the customer's region, the one that
/// costs him least (free before local before premium before international), so he is never sent to a paid line
/// abroad while a free one serves; when none is open it lists the always-open alternatives and the next opening.</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ContactPolicy
{
    private readonly FrequencyCap[] _caps;
    private readonly Dictionary<Channel, ServiceHours> _serviceHours;
    private readonly ServiceLine[] _lines;

    /// <summary>Initializes a new <see cref="ContactPolicy"/>.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">Thrown when an option is invalid; the message names the property.</exception>
    public ContactPolicy(ContactPolicyOptions? options = null)
    {
        options ??= new ContactPolicyOptions();
        if (!options.QuietHours.IsSet)
        {
            throw Guard.Option(nameof(options.QuietHours), options.QuietHours, "be set (start and end differ)");
        }

        if (options.SearchHorizon <= Duration.Zero)
        {
            throw Guard.Option(nameof(options.SearchHorizon), options.SearchHorizon, "be positive");
        }

        _caps = [.. options.FrequencyCaps];
        if (_caps.Any(c => c.MaxContacts < 1))
        {
            throw Guard.Option(nameof(options.FrequencyCaps), "a default cap", "hold only caps created with their constructor");
        }

        _serviceHours = new Dictionary<Channel, ServiceHours>(options.ServiceHours);
        if (_serviceHours.Values.Any(h => h is null))
        {
            throw Guard.Option(nameof(options.ServiceHours), null, "not hold null hours");
        }

        _lines = [.. options.ServiceLines];
        if (_lines.Any(l => l is null))
        {
            throw Guard.Option(nameof(options.ServiceLines), null, "not hold null lines");
        }

        var limited = _lines.FirstOrDefault(l => l.Hours is not null);
        if (limited is not null && !_lines.Any(l => l.Hours is null))
        {
            throw new ArgumentException(
                $"ServiceLines must offer an alternative while '{limited.Name}' is closed (it closes at {limited.Hours!.Hours.End:HH:mm}); add an always-open line (callback request, e-mail, chat) or extend its hours.", // limited has hours: checked above
                nameof(options));
        }

        QuietHours = options.QuietHours;
        SearchHorizon = options.SearchHorizon;
    }

    /// <summary>Gets the default quiet hours.</summary>
    public DailyWindow QuietHours { get; }

    /// <summary>Gets how far ahead <see cref="Decide"/> looks.</summary>
    public Duration SearchHorizon { get; }

    /// <summary>Gets the frequency caps.</summary>
    public IReadOnlyList<FrequencyCap> FrequencyCaps => _caps;

    /// <summary>Gets the service lines.</summary>
    public IReadOnlyList<ServiceLine> ServiceLines => _lines;

    /// <summary>Decides whether <paramref name="customer"/> may be contacted on <paramref name="channel"/> at <paramref name="at"/>, or when next.</summary>
    /// <param name="customer">The customer's contact profile.</param>
    /// <param name="channel">The outbound channel.</param>
    /// <param name="at">The instant wanted.</param>
    /// <returns>Allowed; or the next allowed instant with the reasons; or no allowed instant with the reasons.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="customer"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="channel"/> is the default.</exception>
    public ContactDecision Decide(ContactProfile customer, Channel channel, Instant at)
    {
        ArgumentNullException.ThrowIfNull(customer);
        Channel.Required(channel, nameof(channel));
        var reasons = new List<ContactReason>();
        if (customer.PreferredChannels.Count > 0 && !customer.PreferredChannels.Contains(channel))
        {
            reasons.Add(new ContactReason(ContactRule.PreferredChannels,
                $"the customer accepts outbound contact only on {string.Join(", ", customer.PreferredChannels)}", null));
            return new ContactDecision(customer.Customer, channel, at, null, [.. reasons]);
        }

        var limit = at + SearchHorizon;
        var candidate = at;
        for (var round = 0; round < 256; round++)
        {
            var until = candidate;
            var blocked = false;
            foreach (var (rule, text, end) in Blockers(customer, channel, candidate))
            {
                blocked = true;
                if (!reasons.Exists(r => r.Rule == rule && r.Text == text))
                {
                    reasons.Add(new ContactReason(rule, text, end));
                }

                until = Instant.Max(until, end);
            }

            if (!blocked)
            {
                return new ContactDecision(customer.Customer, channel, at, candidate, [.. reasons]);
            }

            candidate = until;
            if (candidate > limit)
            {
                break;
            }
        }

        reasons.Add(new ContactReason(ContactRule.NoAllowedTime, $"no allowed instant within {FrequencyCap.Describe(SearchHorizon)}", null));
        return new ContactDecision(customer.Customer, channel, at, null, [.. reasons]);
    }

    /// <summary>Chooses the line on which the customer should reach the company at <paramref name="at"/>: open, serving his region, cheapest for him.</summary>
    /// <param name="customer">The customer's contact profile (its region selects regional lines).</param>
    /// <param name="at">The instant.</param>
    /// <returns>The route: the line, or none with the always-open alternatives and the next opening.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="customer"/> is null.</exception>
    public InboundRoute RouteInbound(ContactProfile customer, Instant at)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var serving = _lines.Where(l => l.Serves(customer.Region)).ToArray();
        var open = serving.Where(l => l.Hours is null || l.Hours.IsOpen(at))
            .OrderBy(l => l.Cost).ThenBy(l => l.Hours is null ? 1 : 0).ThenBy(l => l.Name, StringComparer.Ordinal).ToArray();
        var reasons = new List<string>();
        foreach (var skipped in serving.Except(open).OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            reasons.Add($"{skipped.Name} is closed at {at} (opens {skipped.Hours!.NextOpen(at)})"); // closed lines have hours
        }

        if (open.Length == 0)
        {
            var next = serving.Where(l => l.Hours is not null).Select(l => l.Hours!.NextOpen(at)).DefaultIfEmpty().Min(); // filtered on hours
            reasons.Add(serving.Length == 0 ? $"no line serves region {customer.Region ?? "(unknown)"}" : "no line is open");
            return new InboundRoute(null, [], serving.Length == 0 ? null : next, [.. reasons]);
        }

        var best = open[0];
        foreach (var dearer in open.Skip(1).Where(l => l.Cost > best.Cost))
        {
            reasons.Add($"{dearer.Name} not offered: it costs the customer more ({dearer.Cost.ToString().ToLowerInvariant()}) while {best.Name} is {best.Cost.ToString().ToLowerInvariant()}");
        }

        return new InboundRoute(best, [.. open.Skip(1).Where(l => l.Cost == best.Cost)], null, [.. reasons]);
    }

    private IEnumerable<(ContactRule Rule, string Text, Instant Until)> Blockers(ContactProfile customer, Channel channel, Instant at)
    {
        var zone = customer.TimeZone;
        var local = at.InZone(zone).TimeOfDay;
        var quiet = customer.QuietHours ?? QuietHours;
        if (quiet.Contains(local))
        {
            yield return (ContactRule.QuietHours, $"quiet hours {quiet} ({zone.Id})", DailyWindow.NextLocal(at, zone, quiet.End));
        }

        if (customer.PreferredHours is { } preferred && !preferred.Contains(local))
        {
            yield return (ContactRule.PreferredHours, $"outside preferred hours {preferred} ({zone.Id})", DailyWindow.NextLocal(at, zone, preferred.Start));
        }

        foreach (var window in customer.SuppressionWindows)
        {
            if (window.Contains(at))
            {
                yield return (ContactRule.Suppression, $"suppressed: {window.Reason}", window.End);
            }
        }

        foreach (var cap in _caps)
        {
            if (cap.Channel is { } capped && capped != channel)
            {
                continue;
            }

            var from = at - cap.Window;
            var inWindow = customer.RecentContacts
                .Where(c => (cap.Channel is null || c.Channel == cap.Channel) && c.At > from && c.At <= at)
                .Select(c => c.At).Order().ToArray();
            if (inWindow.Length >= cap.MaxContacts)
            {
                // The contact becomes allowed when enough of the oldest ones leave the window.
                var release = inWindow[inWindow.Length - cap.MaxContacts] + cap.Window;
                yield return (ContactRule.FrequencyCap, $"{cap} ({inWindow.Length} made)", release);
            }
        }

        if (_serviceHours.TryGetValue(channel, out var hours) && !hours.IsOpen(at))
        {
            yield return (ContactRule.ServiceHours, $"outside the company's {channel} hours {hours}", hours.NextOpen(at));
        }
    }
}
