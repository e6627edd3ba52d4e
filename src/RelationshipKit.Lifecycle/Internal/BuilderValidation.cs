namespace RelationshipKit.Lifecycle.Internal;

/// <summary>Finds every structural problem of a builder's configuration, for one exception that lists them all.</summary>
internal static class BuilderValidation<TStage, TTrigger>
    where TStage : struct, Enum
    where TTrigger : struct, Enum
{
    internal static List<string> Problems(
        IReadOnlyList<StageSpec<TStage, TTrigger>> stages,
        TStage? initial,
        IReadOnlyDictionary<TTrigger, object> typedTriggers,
        IEnumerable<StageMigrationBuilder<TStage>> migrations,
        int version)
    {
        var problems = new List<string>();
        var byStage = new Dictionary<TStage, StageSpec<TStage, TTrigger>>();
        foreach (var spec in stages)
        {
            byStage[spec.Stage] = spec;
        }

        if (stages.Count == 0)
        {
            problems.Add("No stage is configured: call Configure(stage) for each stage.");
        }

        if (initial is null)
        {
            problems.Add("No initial stage: call InitialStage(stage).");
        }
        else if (!byStage.ContainsKey(initial.Value))
        {
            problems.Add($"The initial stage {S(initial.Value)} is not configured: call Configure({S(initial.Value)}).");
        }

        foreach (var spec in stages)
        {
            if (EnumTable<TStage>.IndexOf(spec.Stage) < 0)
            {
                problems.Add($"Stage {S(spec.Stage)} is not a member of {typeof(TStage).Name}.");
            }

            if (spec.Parent is { } parent && !byStage.ContainsKey(parent))
            {
                problems.Add($"Substage {S(spec.Stage)} names parent {S(parent)}, which is not configured.");
            }
        }

        var inReportedCycle = new HashSet<TStage>();
        foreach (var spec in stages)
        {
            var chain = new List<TStage> { spec.Stage };
            var current = spec;
            while (current.Parent is { } parent && byStage.TryGetValue(parent, out var next))
            {
                if (chain.Contains(parent))
                {
                    if (EqualityComparer<TStage>.Default.Equals(parent, spec.Stage) && !inReportedCycle.Contains(spec.Stage))
                    {
                        inReportedCycle.UnionWith(chain);
                        problems.Add($"Substages form a cycle: {string.Join(" -> ", chain.Append(parent).Select(S))}.");
                    }

                    break;
                }

                chain.Add(parent);
                current = next;
            }
        }

        foreach (var spec in stages)
        {
            foreach (var rule in spec.Rules)
            {
                var arrow = $"{S(spec.Stage)} --{T(rule.Trigger)}--> {S(rule.Destination)}";
                if (EnumTable<TTrigger>.IndexOf(rule.Trigger) < 0)
                {
                    problems.Add($"{arrow}: trigger {T(rule.Trigger)} is not a member of {typeof(TTrigger).Name}.");
                }

                if (!byStage.ContainsKey(rule.Destination))
                {
                    problems.Add($"{arrow}: stage {S(rule.Destination)} is not configured.");
                }

                if (rule.Kind is TransitionKind.Transition or TransitionKind.WinBack && EqualityComparer<TStage>.Default.Equals(rule.Destination, spec.Stage))
                {
                    problems.Add($"{arrow}: a transition to the same stage must be declared with PermitReentry or InternalTransition.");
                }
            }

            foreach (var group in spec.Rules.GroupBy(r => r.Trigger))
            {
                var unguarded = group.Where(r => r.Guard is null).ToList();
                if (unguarded.Count > 1)
                {
                    problems.Add($"{S(spec.Stage)} has {unguarded.Count} unguarded transitions for {T(group.Key)} (to {Text.List(unguarded.Select(r => S(r.Destination)))}); guard all but one.");
                }

                if (spec.Blocks.Any(b => EqualityComparer<TTrigger>.Default.Equals(b.Trigger, group.Key)))
                {
                    problems.Add($"{S(spec.Stage)} both permits and blocks {T(group.Key)}.");
                }
            }

            foreach (var block in spec.Blocks.GroupBy(b => b.Trigger))
            {
                if (block.Count() > 1)
                {
                    problems.Add($"{S(spec.Stage)} blocks {T(block.Key)} more than once.");
                }

                if (!spec.Rules.Any(r => EqualityComparer<TTrigger>.Default.Equals(r.Trigger, block.Key)) && InheritedRules(spec, block.Key, byStage).Count == 0)
                {
                    problems.Add($"{S(spec.Stage)} blocks {T(block.Key)}, which no parent stage permits; a trigger that is not permitted is rejected anyway.");
                }
            }

            if (spec.Terminal && spec.Rules.Count > 0)
            {
                problems.Add($"{S(spec.Stage)} is terminal but permits {Text.List(spec.Rules.Select(r => r.Trigger).Distinct().Select(T))}.");
            }
        }

        foreach (var (trigger, token) in typedTriggers)
        {
            var argumentType = token.GetType().GetGenericArguments()[1];
            if (EnumTable<TTrigger>.IndexOf(trigger) < 0)
            {
                problems.Add($"Typed trigger {T(trigger)} is not a member of {typeof(TTrigger).Name}.");
            }

            foreach (var spec in stages)
            {
                foreach (var rule in spec.Rules.Where(r => r.ArgumentType is not null && EqualityComparer<TTrigger>.Default.Equals(r.Trigger, trigger) && r.ArgumentType != argumentType))
                {
                    problems.Add($"{S(spec.Stage)} --{T(trigger)}--> {S(rule.Destination)} reads a {rule.ArgumentType!.Name}, but {T(trigger)} carries a {argumentType.Name}.");
                }
            }
        }

        foreach (var migration in migrations)
        {
            if (migration.FromVersion >= version)
            {
                problems.Add($"The migration from version {migration.FromVersion} needs a definition version above {migration.FromVersion}; Version is {version}.");
            }

            foreach (var (oldName, stage) in migration.Map)
            {
                if (!byStage.ContainsKey(stage))
                {
                    problems.Add($"The migration from version {migration.FromVersion} maps \"{oldName}\" to {S(stage)}, which is not configured.");
                }
            }
        }

        if (initial is { } start && byStage.ContainsKey(start))
        {
            var unreachable = Unreachable(stages, byStage, start);
            if (unreachable.Count > 0)
            {
                problems.Add($"Unreachable stages (no transition leads to them from the initial stage {S(start)}): {Text.List(unreachable.Select(S))}.");
            }
        }

        return problems;
    }

    /// <summary>The rules for <paramref name="trigger"/> that <paramref name="spec"/> inherits from its parents.</summary>
    private static List<RuleSpec<TStage, TTrigger>> InheritedRules(
        StageSpec<TStage, TTrigger> spec, TTrigger trigger, Dictionary<TStage, StageSpec<TStage, TTrigger>> byStage)
    {
        var seen = new HashSet<TStage> { spec.Stage };
        var current = spec;
        while (current.Parent is { } parent && byStage.TryGetValue(parent, out var next) && seen.Add(parent))
        {
            var rules = next.Rules.Where(r => EqualityComparer<TTrigger>.Default.Equals(r.Trigger, trigger)).ToList();
            if (rules.Count > 0)
            {
                return rules;
            }

            current = next;
        }

        return [];
    }

    private static List<TStage> Unreachable(IReadOnlyList<StageSpec<TStage, TTrigger>> stages, Dictionary<TStage, StageSpec<TStage, TTrigger>> byStage, TStage initial)
    {
        var reached = new HashSet<TStage>();
        var queue = new Queue<TStage>();
        void Reach(TStage stage)
        {
            if (reached.Add(stage))
            {
                queue.Enqueue(stage);
            }
        }

        Reach(initial);
        while (queue.Count > 0)
        {
            var stage = queue.Dequeue();
            if (!byStage.TryGetValue(stage, out var spec))
            {
                continue;
            }

            if (spec.Parent is { } parent)
            {
                Reach(parent);
            }

            if (spec.Terminal)
            {
                continue;
            }

            var triggers = new HashSet<TTrigger>(spec.Rules.Select(r => r.Trigger));
            var seen = new HashSet<TStage> { stage };
            for (var ancestor = spec; ancestor.Parent is { } p && seen.Add(p) && byStage.TryGetValue(p, out var next); ancestor = next)
            {
                triggers.UnionWith(next.Rules.Select(r => r.Trigger));
            }

            foreach (var trigger in triggers)
            {
                if (spec.Blocks.Any(b => EqualityComparer<TTrigger>.Default.Equals(b.Trigger, trigger)))
                {
                    continue;
                }

                var own = spec.Rules.Where(r => EqualityComparer<TTrigger>.Default.Equals(r.Trigger, trigger)).ToList();
                foreach (var rule in own.Count > 0 ? own : InheritedRules(spec, trigger, byStage))
                {
                    Reach(rule.Destination);
                }
            }
        }

        return [.. stages.Select(s => s.Stage).Where(s => !reached.Contains(s))];
    }

    private static string S(TStage stage) => EnumTable<TStage>.NameOf(stage);

    private static string T(TTrigger trigger) => EnumTable<TTrigger>.NameOf(trigger);
}
