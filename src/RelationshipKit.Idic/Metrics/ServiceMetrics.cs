using NodaTime;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Stores;
using RelationshipKit.Satisfaction;

namespace RelationshipKit.Idic.Metrics;

/// <summary>
/// Computes a contact centre's service metrics over a period from recorded interactions: channel efficiency, dialogue
/// effectiveness, handle time, re-explanations after transfers and feedback coverage, overall, per channel and per
/// consultant.
/// </summary>
/// <remarks>
/// <para><b>Sources.</b> Peppers &amp; Rogers measure the <i>efficiency</i> of a channel (how long a customer waits to
/// reach service) and the <i>effectiveness</i> of the dialogue (complaints satisfied, problems solved at the first
/// call). Seed 001 names shorter contacts with no re-explaining as the effect of matching consultants well; seed 002
/// asks which business processes and customers are asked for feedback, at a frequency that follows how often each
/// customer interacts.</para>
/// <para><b>Contacts and legs.</b> Interactions with the same customer and <see cref="Interaction.ContactId"/> are the
/// legs of one contact, in order of <see cref="Interaction.At"/> (then id); an interaction without a contact id is a
/// contact of one leg. A leg after the first was reached by a transfer. A contact belongs to the period when its first
/// leg does; a leg when its own instant does (the period holds its start and excludes its end).</para>
/// <para><b>Definitions.</b></para>
/// <list type="bullet">
/// <item><description><i>Time to service</i>: answered − started (<see cref="ServiceMeasures.TimeToService"/>) of the
/// first leg of each inbound contact. <i>Wait time</i>: answered − queued of every leg. <i>Handle time</i>:
/// ended − answered of every leg. Each reported as count, mean, median and 90th percentile
/// (<see cref="DurationSummary"/>).</description></item>
/// <item><description><i>Abandoned</i>: inbound contacts whose first leg has a start, no answer and did not reach the
/// customer, of the inbound contacts whose start was recorded.</description></item>
/// <item><description><i>First-contact resolution</i>: of the inbound contacts that are first contacts (no inbound
/// contact by the same customer on the same topic in the <see cref="ServiceMetricsOptions.RepeatWindow"/> before) and
/// whose resolution was recorded on some leg, those with a leg marked resolved and no inbound contact by the customer
/// on the topic in the repeat window after. Repeats are looked for in every interaction given, also after the period:
/// pass the interactions of one repeat window beyond the period's end for exact figures at its end.</description></item>
/// <item><description><i>Complaints resolved</i>: of the contacts with a leg on the
/// <see cref="InteractionTopic.Complaint"/> topic, those for which an interaction of the customer on that topic, at or
/// after the contact and before the period's end, is marked resolved (a specialist's callback about the complaint is
/// recorded on the complaint topic).</description></item>
/// <item><description><i>CSAT</i> and <i>NPS</i>: the core's <see cref="CustomerSatisfactionScore.Compute(IEnumerable{SatisfactionRating})"/>
/// and <see cref="NetPromoterScore.Compute(IEnumerable{SatisfactionRating})"/> over the scores carried by the
/// interactions of the group (<see cref="ServiceMeasures.Satisfaction"/>,
/// <see cref="ServiceMeasures.Recommendation"/>).</description></item>
/// <item><description><i>Re-explained after transfer</i>: of the legs reached by a transfer whose
/// <see cref="ServiceMeasures.ReExplained"/> was recorded, those where the customer had to explain his case again.
/// Per consultant it is counted for the consultant who received the transfer.</description></item>
/// <item><description><i>Feedback coverage</i> (<see cref="FeedbackCoverage"/>): surveys per business process and per
/// customer, each customer's expected surveys = interactions / <see cref="ServiceMetricsOptions.InteractionsPerSurvey"/>
/// and whether he was asked accordingly (<see cref="SurveyFrequency"/>).</description></item>
/// </list>
/// <para>Per channel and per consultant: contact-level figures (time to service, abandonment, first-contact
/// resolution, complaints) go to the channel and handler of the contact's first leg, leg-level figures (wait, handle
/// time, re-explanations, scores) to each leg's.</para>
/// <para>The methods are pure and thread-safe.</para>
/// </remarks>
public static class ServiceMetrics
{
    /// <summary>Computes the service metrics of a period.</summary>
    /// <param name="interactions">The recorded interactions, of any customers, in any order (those outside the period are used only to find repeat contacts).</param>
    /// <param name="period">The period.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="interactions"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown when an interaction is null, two share an id, satisfaction scores in the period mix scales, or an option is invalid (the message names it).</exception>
    public static ServiceMetricsReport Compute(IEnumerable<Interaction> interactions, Interval period, ServiceMetricsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(interactions);
        if (!period.HasStart || !period.HasEnd)
        {
            throw new ArgumentException($"period must have a start and an end; was {period}.", nameof(period));
        }

        options ??= new ServiceMetricsOptions();
        if (options.RepeatWindow <= Duration.Zero)
        {
            throw Guard.Option(nameof(options.RepeatWindow), options.RepeatWindow, "be positive");
        }

        if (options.InteractionsPerSurvey < 1)
        {
            throw Guard.Option(nameof(options.InteractionsPerSurvey), options.InteractionsPerSurvey, "be at least 1");
        }

        var processes = options.BusinessProcesses.Select(p => KebabCase.Require(p, ServiceMeasures.MaxProcessLength, nameof(options))).ToArray();
        var all = Guard.CopyNotNull(interactions);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var interaction in all)
        {
            if (!ids.Add(interaction.Id))
            {
                throw new ArgumentException($"interactions must have distinct ids; {Guard.Format(interaction.Id)} appears twice.", nameof(interactions));
            }
        }

        var legs = Legs(all);
        var contacts = Contacts(legs, options.RepeatWindow, period);
        var inPeriod = legs.Where(l => period.Contains(l.Interaction.At)).ToArray();
        var contactsInPeriod = contacts.Where(c => period.Contains(c.First.Interaction.At)).ToArray();
        var csatScale = CheckOneScale(inPeriod, nameof(interactions));

        var overall = Figures(ServiceGroupKind.All, "all", inPeriod, contactsInPeriod, csatScale);
        var byChannel = inPeriod.Select(l => l.Interaction.Channel).Concat(contactsInPeriod.Select(c => c.First.Interaction.Channel))
            .Distinct().Order()
            .Select(channel => Figures(
                ServiceGroupKind.Channel, channel.Name,
                [.. inPeriod.Where(l => l.Interaction.Channel == channel)],
                [.. contactsInPeriod.Where(c => c.First.Interaction.Channel == channel)],
                csatScale))
            .ToArray();
        var byConsultant = inPeriod.Select(l => l.Interaction.Handler).Concat(contactsInPeriod.Select(c => c.First.Interaction.Handler))
            .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(handler => Figures(
                ServiceGroupKind.Consultant, handler,
                [.. inPeriod.Where(l => l.Interaction.Handler == handler)],
                [.. contactsInPeriod.Where(c => c.First.Interaction.Handler == handler)],
                csatScale))
            .ToArray();
        return new ServiceMetricsReport(period, options.RepeatWindow, options.InteractionsPerSurvey, overall, byChannel, byConsultant, Feedback(inPeriod, processes, options.InteractionsPerSurvey));
    }

    /// <summary>Reads the customers' interactions from a store and computes the service metrics of a period.</summary>
    /// <param name="store">The interaction store (the one the IDIC pipeline writes to).</param>
    /// <param name="customers">The customers to read.</param>
    /// <param name="period">The period.</param>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="store"/> or <paramref name="customers"/> is null.</exception>
    /// <exception cref="ArgumentException">Thrown as by <see cref="Compute"/>.</exception>
    /// <exception cref="OperationCanceledException">Thrown when <paramref name="cancellationToken"/> is cancelled.</exception>
    public static async ValueTask<ServiceMetricsReport> ComputeAsync(
        IInteractionStore store, IEnumerable<CustomerId> customers, Interval period, ServiceMetricsOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(customers);
        var read = new List<Interaction>();
        foreach (var customer in customers.Distinct())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var stream = await store.ReadAsync(customer, cancellationToken).ConfigureAwait(false);
            read.AddRange(stream.Events);
        }

        return Compute(read, period, options);
    }

    /// <summary>Determines whether an interaction is a survey: on the survey topic, or carrying a score.</summary>
    internal static bool IsSurvey(Interaction interaction) =>
        interaction.Topic == InteractionTopic.Survey || interaction.Service?.Satisfaction is not null || interaction.Service?.Recommendation is not null;

    private static Leg[] Legs(IReadOnlyList<Interaction> all)
    {
        var legs = new List<Leg>(all.Count);
        foreach (var group in all.GroupBy(i => (i.Customer, Key: i.ContactId ?? "\0" + i.Id)))
        {
            var ordered = group.OrderBy(i => i.At).ThenBy(i => i.Id, StringComparer.Ordinal).ToArray();
            for (var index = 0; index < ordered.Length; index++)
            {
                legs.Add(new Leg(ordered[index], index, group.Key));
            }
        }

        return [.. legs.OrderBy(l => l.Interaction.At).ThenBy(l => l.Interaction.Id, StringComparer.Ordinal)];
    }

    private static Contact[] Contacts(Leg[] legs, Duration repeatWindow, Interval period)
    {
        var contacts = legs.GroupBy(l => l.ContactKey)
            .Select(g => new Contact([.. g.OrderBy(l => l.Index)]))
            .OrderBy(c => c.First.Interaction.At).ThenBy(c => c.First.Interaction.Id, StringComparer.Ordinal)
            .ToArray();

        // Repeats: inbound contacts of one customer on one topic, in time order.
        foreach (var series in contacts.Where(c => c.IsInbound).GroupBy(c => (c.First.Interaction.Customer, c.First.Interaction.Topic)))
        {
            var ordered = series.ToArray();
            for (var i = 0; i < ordered.Length; i++)
            {
                var at = ordered[i].First.Interaction.At;
                ordered[i].IsFirstContact = i == 0 || at - ordered[i - 1].First.Interaction.At > repeatWindow;
                ordered[i].IsRepeated = i + 1 < ordered.Length && ordered[i + 1].First.Interaction.At - at <= repeatWindow;
            }
        }

        // Complaints: resolved by a resolved interaction on the complaint topic at or after the contact, before the period's end.
        foreach (var byCustomer in legs.Where(l => l.Interaction.Topic == InteractionTopic.Complaint).GroupBy(l => l.Interaction.Customer))
        {
            var resolutions = byCustomer.Where(l => l.Interaction.Service?.Resolved == true && l.Interaction.At < period.End).Select(l => l.Interaction.At).ToArray();
            foreach (var contact in contacts.Where(c => c.First.Interaction.Customer == byCustomer.Key && c.IsComplaint))
            {
                contact.ComplaintResolved = Array.Exists(resolutions, at => at >= contact.First.Interaction.At);
            }
        }

        return contacts;
    }

    private static SatisfactionScale? CheckOneScale(Leg[] legs, string paramName)
    {
        SatisfactionScale? scale = null;
        string? first = null;
        foreach (var leg in legs)
        {
            if (leg.Interaction.Service?.Satisfaction is not { } rating)
            {
                continue;
            }

            if (scale is { } held && held != rating.Scale)
            {
                throw new ArgumentException(
                    $"interactions must give satisfaction scores on one scale in a period; {Guard.Format(first)} is on {held}, {Guard.Format(leg.Interaction.Id)} on {rating.Scale}.",
                    paramName);
            }

            scale = rating.Scale;
            first ??= leg.Interaction.Id;
        }

        return scale;
    }

    private static ServiceFigures Figures(ServiceGroupKind kind, string group, Leg[] legs, Contact[] contacts, SatisfactionScale? scale)
    {
        var inbound = contacts.Where(c => c.IsInbound).ToArray();
        var started = inbound.Where(c => c.First.Interaction.Service?.StartedAt is not null).ToArray();
        var abandoned = started.Count(c => c.First.Interaction.Service!.AnsweredAt is null && c.First.Interaction.Outcome == ContactOutcome.NotReached); // filtered on Service above
        var fcrEligible = inbound.Where(c => c.IsFirstContact && c.Resolution is not null).ToArray();
        var fcr = fcrEligible.Count(c => c.Resolution == true && !c.IsRepeated);
        var complaints = contacts.Where(c => c.IsComplaint).ToArray();
        var transferred = legs.Where(l => l.Index > 0 && l.Interaction.Service?.ReExplained is not null).ToArray();
        var ratings = legs.Select(l => l.Interaction.Service?.Satisfaction).OfType<SatisfactionRating>().ToArray();
        var csat = ratings.Length == 0 && scale is { } s ? CustomerSatisfactionScore.Compute([], s) : CustomerSatisfactionScore.Compute(ratings);
        return new ServiceFigures(
            kind,
            group,
            legs.Length,
            contacts.Length,
            inbound.Length,
            DurationSummary.Of([.. inbound.Select(c => c.First.Interaction.Service?.TimeToService).OfType<Duration>()]),
            DurationSummary.Of([.. legs.Select(l => l.Interaction.Service?.WaitTime).OfType<Duration>()]),
            DurationSummary.Of([.. legs.Select(l => l.Interaction.Service?.HandleTime).OfType<Duration>()]),
            new ServiceRate(abandoned, started.Length),
            new ServiceRate(fcr, fcrEligible.Length),
            new ServiceRate(complaints.Count(c => c.ComplaintResolved), complaints.Length),
            csat,
            NetPromoterScore.Compute(legs.Select(l => l.Interaction.Service?.Recommendation).OfType<SatisfactionRating>()),
            new ServiceRate(transferred.Count(l => l.Interaction.Service!.ReExplained == true), transferred.Length)); // filtered on Service above
    }

    private static FeedbackCoverage Feedback(Leg[] legs, string[] listed, int perSurvey)
    {
        var interactions = legs.Select(l => l.Interaction).ToArray();
        var names = listed.Concat(interactions.Select(i => i.Service?.Process).OfType<string>()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var processes = names.Select(name =>
        {
            var of = interactions.Where(i => i.Service?.Process == name).ToArray();
            var surveys = of.Where(IsSurvey).ToArray();
            return new ProcessCoverage(name, of.Length - surveys.Length, surveys.Length, surveys.Count(IsAnswered));
        }).ToArray();
        var customers = interactions.GroupBy(i => i.Customer).OrderBy(g => g.Key).Select(g =>
        {
            var surveys = g.Where(IsSurvey).ToArray();
            var count = g.Count() - surveys.Length;
            var expected = (double)count / perSurvey;
            return new SurveyFrequency(g.Key, count, surveys.Length, surveys.Count(IsAnswered), expected, SurveyFrequency.Classify(surveys.Length, expected));
        }).ToArray();
        return new FeedbackCoverage(processes, customers);
    }

    private static bool IsAnswered(Interaction i) => i.Service?.Satisfaction is not null || i.Service?.Recommendation is not null;

    private sealed record Leg(Interaction Interaction, int Index, (CustomerId Customer, string Key) ContactKey);

    private sealed class Contact(Leg[] legs)
    {
        public Leg First { get; } = legs[0];

        public bool IsInbound => First.Interaction.Direction == InteractionDirection.Inbound;

        public bool IsComplaint { get; } = Array.Exists(legs, l => l.Interaction.Topic == InteractionTopic.Complaint);

        /// <summary>Gets true when a leg is marked resolved, false when legs say not resolved, null when no leg says.</summary>
        public bool? Resolution { get; } = Array.Exists(legs, l => l.Interaction.Service?.Resolved == true) ? true
            : Array.Exists(legs, l => l.Interaction.Service?.Resolved == false) ? false : null;

        public bool IsFirstContact { get; set; }

        public bool IsRepeated { get; set; }

        public bool ComplaintResolved { get; set; }
    }
}
