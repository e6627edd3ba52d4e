using System.Globalization;

namespace RelationshipKit.Idic.Matching;

/// <summary>
/// Matches a customer to a consultant by communication style, language, the skills his case needs, the consultants'
/// load and, when the application weighs it, age band; gives top-tier customers their dedicated adviser; explains the
/// score of every consultant term by term.
/// </summary>
/// <remarks>
/// <para><b>Source.</b> Seed 001: "Najnowsze rozwiązania operacyjne w contact center umożliwiają też łączenie klientów z
/// konsultantami infolinii w oparciu o zgodność typów osobowości i stylu komunikacji obu tych osób, a także biorąc pod
/// uwagę elementy behawioralne (np. prowadzenie rozmów telefonicznych z osobami starszymi przez pracowników w podobnym
/// przedziale wiekowym […])" — the newest contact-centre solutions connect customers with consultants on the basis of
/// the agreement of both persons' personality types and communication styles, and behavioural elements (for example
/// calls with older people handled by staff of a similar age bracket). The effect it names: shorter contacts, fewer
/// misunderstandings and less re-explaining, which <see cref="Metrics.ServiceMetrics"/> measures. Seed 001 also names
/// individual advisers ("indywidualnych opiekunów klienta") even in mass contact centres; seed 002 ties a dedicated
/// personal assistant to the most important clients.</para>
/// <para><b>Eligibility.</b> A consultant is considered only if he speaks the customer's language, is available and
/// is below his capacity; the others are listed with the reason.</para>
/// <para><b>Score.</b> Σ wₜ·sₜ / Σ wₜ over the scored terms t, each sₜ in [0, 1]: <i>style</i> =
/// <see cref="StyleCompatibility.Score"/> of the two styles (not scored when either is unknown); <i>skills</i> = the
/// share of the case's skills he has (not scored when the case needs none); <i>load</i> = 1 − open cases / capacity;
/// <i>age band</i> = 1 for the same band, 0.5 for a neighbouring one, 0 otherwise (scored only when
/// <see cref="ConsultantMatchingOptions.AgeBandWeight"/> is above 0, both bands are known and, by default, the customer
/// is 60 or over). Ties go to the lighter load, then to the smaller id.</para>
/// <para><b>Dedicated advisers.</b> A customer with his own adviser gets him when the adviser is eligible
/// (<see cref="MatchRule.DedicatedAdviser"/>), else the best other consultant and a callback from the adviser
/// (<see cref="MatchRule.DedicatedAdviserUnavailable"/>). A customer of a tier in
/// <see cref="ConsultantMatchingOptions.DedicatedAdviserTiers"/> without an adviser gets the best eligible dedicated
/// adviser, to be assigned (<see cref="MatchRule.AssignDedicatedAdviser"/>).</para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
[Immutable]
public sealed class ConsultantMatcher
{
    private readonly double _style;
    private readonly double _skills;
    private readonly double _load;
    private readonly double _age;
    private readonly bool _olderOnly;
    private readonly StyleCompatibility _compatibility;
    private readonly HashSet<ValueTier> _adviserTiers;

    /// <summary>Initializes a new <see cref="ConsultantMatcher"/>.</summary>
    /// <param name="options">The settings; <see langword="null"/> for the defaults.</param>
    /// <exception cref="ArgumentException">Thrown when an option is invalid; the message names the property.</exception>
    public ConsultantMatcher(ConsultantMatchingOptions? options = null)
    {
        options ??= new ConsultantMatchingOptions();
        _style = Weight(options.StyleWeight, nameof(options.StyleWeight));
        _skills = Weight(options.SkillsWeight, nameof(options.SkillsWeight));
        _load = Weight(options.LoadWeight, nameof(options.LoadWeight));
        _age = Weight(options.AgeBandWeight, nameof(options.AgeBandWeight));
        if (_style + _skills + _load + _age <= 0)
        {
            throw Guard.Option("StyleWeight + SkillsWeight + LoadWeight + AgeBandWeight", 0.0, "be above 0");
        }

        _olderOnly = options.AgeBandForOlderCustomersOnly;
        _compatibility = options.StyleCompatibility ?? throw Guard.Option(nameof(options.StyleCompatibility), null, "be set");
        foreach (var tier in options.DedicatedAdviserTiers)
        {
            if (!Enum.IsDefined(tier))
            {
                throw Guard.Option(nameof(options.DedicatedAdviserTiers), tier, "hold defined ValueTier values");
            }
        }

        _adviserTiers = [.. options.DedicatedAdviserTiers];
    }

    /// <summary>Matches a customer to one of the consultants.</summary>
    /// <param name="request">The customer.</param>
    /// <param name="consultants">The roster; ids must be distinct.</param>
    /// <returns>The match, with every consultant scored or excluded and the rule that decided.</returns>
    /// <exception cref="ArgumentNullException">Thrown when an argument is null.</exception>
    /// <exception cref="ArgumentException">Thrown when <paramref name="consultants"/> holds null or an id twice.</exception>
    public ConsultantMatch Match(MatchRequest request, IEnumerable<Consultant> consultants)
    {
        ArgumentNullException.ThrowIfNull(request);
        var roster = Guard.CopyNotNull(consultants);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in roster)
        {
            if (!ids.Add(c.Id))
            {
                throw new ArgumentException($"consultants must have distinct ids; {Guard.Format(c.Id)} appears twice.", nameof(consultants));
            }
        }

        var scores = roster.Select(c => Score(request, c)).ToArray();
        var ranked = scores.Where(s => s.IsEligible)
            .OrderByDescending(s => s.Total)
            .ThenBy(s => (double)s.Consultant.OpenCases / s.Consultant.Capacity)
            .ThenBy(s => s.Consultant.Id, StringComparer.Ordinal)
            .ToArray();
        var excluded = scores.Where(s => !s.IsEligible).OrderBy(s => s.Consultant.Id, StringComparer.Ordinal).ToArray();
        var tierText = request.Tier is { } t ? t.ToString() : "unknown tier";

        if (request.DedicatedAdviser is { } adviserId)
        {
            var adviser = scores.FirstOrDefault(s => s.Consultant.Id == adviserId);
            if (adviser is { IsEligible: true })
            {
                return Result(request, adviser, MatchRule.DedicatedAdviser, ranked, excluded, null,
                    $"{request.Customer} is served by his dedicated adviser {adviserId}: {adviser}");
            }

            var why = adviser is null ? "is not on the roster" : adviser.ExcludedBecause;
            var others = ranked.Where(s => s.Consultant.Id != adviserId).ToArray();
            return others.Length == 0
                ? Result(request, null, MatchRule.NoConsultant, ranked, excluded, adviserId,
                    $"No consultant can serve {request.Customer} now: his dedicated adviser {adviserId} {why} and no other consultant is eligible; {adviserId} should call him back.")
                : Result(request, others[0], MatchRule.DedicatedAdviserUnavailable, ranked, excluded, adviserId,
                    $"{request.Customer}'s dedicated adviser {adviserId} {why}: {others[0].Consultant.Id} serves him now and {adviserId} should call him back. {others[0]}");
        }

        if (request.Tier is { } tier && _adviserTiers.Contains(tier))
        {
            var advisers = ranked.Where(s => s.Consultant.IsDedicatedAdviser).ToArray();
            if (advisers.Length > 0)
            {
                return Result(request, advisers[0], MatchRule.AssignDedicatedAdviser, ranked, excluded, null,
                    $"{request.Customer} ({tier}) has no dedicated adviser: assign {advisers[0].Consultant.Id}, the best available adviser. {advisers[0]}");
            }

            if (ranked.Length > 0)
            {
                return Result(request, ranked[0], MatchRule.NoDedicatedAdviserAvailable, ranked, excluded, null,
                    $"{request.Customer} ({tier}) should have a dedicated adviser, but none is available: {ranked[0].Consultant.Id} has the best score. {ranked[0]}");
            }
        }

        if (ranked.Length == 0)
        {
            return Result(request, null, MatchRule.NoConsultant, ranked, excluded, null,
                $"No consultant can serve {request.Customer} ({tierText}) in {request.Language}: " + string.Join("; ", excluded.Select(s => s.ToString())) + ".");
        }

        var best = ranked[0];
        var runnerUp = ranked.Length > 1 ? string.Create(CultureInfo.InvariantCulture, $"; next {ranked[1].Consultant.Id} {ranked[1].Total:0.##}") : string.Empty;
        return Result(request, best, MatchRule.BestScore, ranked, excluded, null, $"{best.Consultant.Id} has the best score for {request.Customer}{runnerUp}. {best}");
    }

    private static ConsultantMatch Result(MatchRequest request, ConsultantScore? chosen, MatchRule rule, ConsultantScore[] ranked, ConsultantScore[] excluded, string? callback, string text) =>
        new(request, chosen, rule, ranked, excluded, callback, text);

    private static double Weight(double value, string property) =>
        double.IsFinite(value) && value >= 0 ? value : throw Guard.Option(property, value, "be finite and 0 or more");

    private static string Load(Consultant c) => string.Create(CultureInfo.InvariantCulture, $"{c.OpenCases} of {c.Capacity} cases");

    private ConsultantScore Score(MatchRequest request, Consultant consultant)
    {
        var terms = new[]
        {
            StyleTerm(request, consultant),
            SkillsTerm(request, consultant),
            new MatchTerm("load", _load, 1.0 - Math.Min(1.0, (double)consultant.OpenCases / consultant.Capacity), Load(consultant)),
            AgeTerm(request, consultant),
        };
        string? excluded = !consultant.Languages.Contains(request.Language) ? $"does not speak {request.Language} (speaks {string.Join(", ", consultant.Languages)})"
            : !consultant.IsAvailable ? "not available"
            : consultant.IsAtCapacity ? "at capacity (" + Load(consultant) + ")"
            : null;
        return new ConsultantScore(consultant, terms, excluded);
    }

    private MatchTerm StyleTerm(MatchRequest request, Consultant consultant)
    {
        if (request.Style is not { } customer)
        {
            return new MatchTerm("style", _style, null, "customer's style unknown");
        }

        if (consultant.Style is not { } own)
        {
            return new MatchTerm("style", _style, null, "consultant's style not assessed");
        }

        var score = _compatibility.Score(customer, own);
        return new MatchTerm("style", _style, score, customer == own ? $"both {own}" : $"{customer} with {own}, {_compatibility.Name}");
    }

    private MatchTerm SkillsTerm(MatchRequest request, Consultant consultant)
    {
        if (request.RequiredSkills.Count == 0)
        {
            return new MatchTerm("skills", _skills, null, "the case needs no particular skill");
        }

        var has = request.RequiredSkills.Where(consultant.Skills.Contains).ToArray();
        var lacks = request.RequiredSkills.Except(has, StringComparer.Ordinal).ToArray();
        var text = string.Join(", ", new[]
        {
            has.Length == 0 ? null : "has " + string.Join(", ", has),
            lacks.Length == 0 ? null : "lacks " + string.Join(", ", lacks),
        }.OfType<string>());
        return new MatchTerm("skills", _skills, (double)has.Length / request.RequiredSkills.Count, text);
    }

    private MatchTerm AgeTerm(MatchRequest request, Consultant consultant)
    {
        if (_age <= 0)
        {
            return new MatchTerm("age-band", _age, null, "weight 0: the application does not match on age");
        }

        if (request.AgeBand == AgeBand.Unknown || consultant.AgeBand == AgeBand.Unknown)
        {
            return new MatchTerm("age-band", _age, null, "age band unknown");
        }

        if (_olderOnly && request.AgeBand != AgeBand.From60)
        {
            return new MatchTerm("age-band", _age, null, "applies to customers of 60 and over");
        }

        var distance = Math.Abs((int)request.AgeBand - (int)consultant.AgeBand);
        var score = distance switch { 0 => 1.0, 1 => 0.5, _ => 0.0 };
        return new MatchTerm("age-band", _age, score, distance == 0 ? $"both {Band(consultant.AgeBand)}" : $"{Band(request.AgeBand)} with {Band(consultant.AgeBand)}");
    }

    private static string Band(AgeBand band) => band switch
    {
        AgeBand.Under30 => "under 30",
        AgeBand.From30To44 => "30-44",
        AgeBand.From45To59 => "45-59",
        _ => "60+",
    };
}
