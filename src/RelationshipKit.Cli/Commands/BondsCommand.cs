using System.CommandLine;
using System.Text;
using RelationshipKit.Bonds;
using RelationshipKit.Cli.Bonds;
using RelationshipKit.Cli.Infrastructure;

namespace RelationshipKit.Cli.Commands;

/// <summary>
/// <c>relationshipkit bonds classify</c>: classifies a bond profile against Fournier's fifteen archetypes and, with
/// <c>--target</c>, says what would move it to a chosen archetype.
/// </summary>
internal static class BondsCommand
{
    public static Command Create()
    {
        var command = new Command("bonds", "Classify bond profiles against Fournier's (1998) relationship forms and advise what would move them.");
        command.Subcommands.Add(CreateClassify());
        command.Subcommands.Add(CreateArchetypes());
        return command;
    }

    private static Command CreateClassify()
    {
        var profile = new Option<string>("--profile")
        {
            Description = $"The bond profile: dimension=score pairs separated by commas, scores in [-1, 1] (-1 the first pole, +1 the second), for example \"voluntariness=0.8,basis=-0.5\". Dimensions: {BondText.KnownDimensions}.",
            Required = true,
        };
        var target = new Option<string?>("--target")
        {
            Description = "An archetype to aim at, for example committed-partnership: prints the smallest changes that make it the best match.",
        };
        var pin = new Option<string?>("--pin")
        {
            Description = "With --target: dimensions to hold fixed, comma-separated kebab-case names, for example voluntariness,category-involvement (structural facts the company cannot change).",
        };
        var top = new Option<int>("--top")
        {
            Description = "How many ranked archetypes to print (at least 1; all of them when the catalogue has fewer). Default 3.",
            DefaultValueFactory = _ => 3,
        };
        top.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < 1)
            {
                result.AddError($"--top must be at least 1; was {value}.");
            }
        });
        var archetypes = CommonOptions.Archetypes();
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Json);
        var command = new Command("classify", "Rank the bond archetypes nearest to a profile, with confidence and a per-dimension explanation.");
        command.Options.Add(profile);
        command.Options.Add(target);
        command.Options.Add(pin);
        command.Options.Add(top);
        command.Options.Add(archetypes);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var classifier = new BondClassifier(LoadCatalog(parseResult.GetValue(archetypes)));
            var bondProfile = BondText.ParseProfile(parseResult.GetValue(profile), "--profile");
            var targetId = parseResult.GetValue(target);
            if (targetId is not null && !classifier.Catalog.TryGet(targetId, out _))
            {
                throw new CliUsageException(
                    $"--target must be one of {string.Join(", ", classifier.Catalog.Archetypes.Select(a => a.Id))}; was \"{targetId}\".");
            }

            var pinText = parseResult.GetValue(pin);
            if (pinText is not null && targetId is null)
            {
                throw new CliUsageException("--pin holds dimensions fixed in the advice; give it with --target.");
            }

            var pinned = pinText is null ? [] : ParsePins(pinText);
            var classification = classifier.Classify(bondProfile);
            var advice = targetId is null ? null : classifier.Advise(bondProfile, targetId, pinned);
            var matches = classification.Matches.Take(parseResult.GetValue(top)).ToList();
            var text = parseResult.GetValue(format) == OutputFormat.Json
                ? Json.Write(writer =>
                {
                    writer.WriteStartObject();
                    BondJson.WriteProfile(writer, "profile", bondProfile);
                    writer.WriteNumber("archetypes_compared", classification.Matches.Count);
                    BondJson.WriteMatches(writer, "matches", matches);
                    if (advice is not null)
                    {
                        BondJson.WriteAdvice(writer, "advice", advice);
                    }

                    writer.WriteEndObject();
                })
                : RenderTable(bondProfile, classification, matches, advice);
            OutputTarget.Write(null, parseResult.InvocationConfiguration.Output, text);
            return classification.HasMatch ? ExitCodes.Success : ExitCodes.NoUsableAnswer;
        });
        return command;
    }

    private static Command CreateArchetypes()
    {
        var archetypes = CommonOptions.Archetypes();
        archetypes.Description = "A catalogue CSV to check and print instead of the built-in one.";
        var format = CommonOptions.Format(OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command(
            "archetypes",
            "Print the bond archetype catalogue (Fournier's fifteen forms, or a checked --archetypes file); --format csv writes the file format that --archetypes reads.");
        command.Options.Add(archetypes);
        command.Options.Add(format);
        command.SetAction(parseResult =>
        {
            var catalog = LoadCatalog(parseResult.GetValue(archetypes));
            var text = parseResult.GetValue(format) switch
            {
                OutputFormat.Csv => ArchetypeCatalogCsv.Write(catalog),
                OutputFormat.Json => Json.Write(writer => BondJson.WriteCatalog(writer, catalog)),
                _ => BondTables.Catalog(catalog),
            };
            OutputTarget.Write(null, parseResult.InvocationConfiguration.Output, text);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads <c>--pin</c>: kebab-case dimension names separated by commas, each once.</summary>
    private static List<BondDimension> ParsePins(string text)
    {
        var pins = new List<BondDimension>();
        foreach (var item in text.Split(','))
        {
            var error = BondText.TryDimension(item, out var dimension);
            if (error is not null)
            {
                throw new CliUsageException($"--pin: {error}");
            }

            if (pins.Contains(dimension))
            {
                throw new CliUsageException($"--pin: {BondDimensions.Get(dimension).KebabName} appears twice; give each dimension once.");
            }

            pins.Add(dimension);
        }

        return pins;
    }

    /// <summary>Loads the <c>--archetypes</c> file, or returns Fournier's catalogue when none is given.</summary>
    internal static BondArchetypeCatalog LoadCatalog(FileInfo? file) =>
        file is null ? BondArchetypeCatalog.Fournier : ArchetypeCatalogCsv.Load(file.FullName);

    private static string RenderTable(BondProfile profile, BondClassification classification, List<BondMatch> matches, BondAdvice? advice)
    {
        var text = new StringBuilder();
        text.Append(BondTables.Block(TextTable.Render(
            "Bond profile",
            ["Dimension", "Score", "Leans toward"],
            profile.Scores.Select(s => (IReadOnlyList<string>)
            [
                BondDimensions.Get(s.Dimension).KebabName,
                BondText.Number(s.Value),
                BondDimensions.Get(s.Dimension).PoleOf(s.Value),
            ]),
            new HashSet<int> { 1 })));
        text.Append('\n');
        if (!classification.HasMatch)
        {
            text.Append("No archetype shares a dimension with the profile.\n");
            return text.ToString();
        }

        text.Append(BondTables.Matches($"Nearest archetypes (top {matches.Count} of {classification.Matches.Count})", matches));
        text.Append('\n');
        text.Append(BondTables.Contributions(classification.Best!));
        if (advice is not null)
        {
            text.Append('\n');
            text.Append(BondTables.Advice(advice));
        }

        return text.ToString();
    }
}
