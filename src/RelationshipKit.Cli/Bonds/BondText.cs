using System.Globalization;
using RelationshipKit.Bonds;

namespace RelationshipKit.Cli.Bonds;

/// <summary>Reads bond dimensions and scores from text (the <c>--profile</c> option and the bond survey), with the messages both use.</summary>
internal static class BondText
{
    /// <summary>Gets the kebab-case names of all dimensions, comma-separated.</summary>
    public static string KnownDimensions { get; } = string.Join(", ", BondDimensions.All.Select(i => i.KebabName));

    /// <summary>Reads a kebab-case dimension name; returns an error message, or null on success.</summary>
    public static string? TryDimension(string text, out BondDimension dimension) =>
        BondDimensions.TryParse(text, out dimension)
            ? null
            : $"unknown bond dimension \"{text.Trim()}\"; known dimensions: {KnownDimensions}.";

    /// <summary>Reads a score in [-1, 1] (invariant culture); returns an error message, or null on success.</summary>
    public static string? TryScore(string text, out decimal score)
    {
        var trimmed = text.Trim();
        if (!decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out score))
        {
            return $"score must be a number; was \"{trimmed}\".";
        }

        if (score is < -1m or > 1m)
        {
            return $"score must be in [-1, 1]; was {trimmed}.";
        }

        return null;
    }

    /// <summary>Parses <c>dimension=score</c> pairs separated by commas into a profile.</summary>
    /// <exception cref="Infrastructure.CliUsageException">Thrown on an empty text, an item without <c>=</c>, an unknown dimension, a bad score or a repeated dimension.</exception>
    public static BondProfile ParseProfile(string? text, string optionName)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new Infrastructure.CliUsageException(
                $"{optionName} must list dimension=score pairs separated by commas, for example voluntariness=0.8,basis=-0.5; was \"{text}\".");
        }

        var profile = BondProfile.Empty;
        foreach (var item in text.Split(','))
        {
            var parts = item.Split('=');
            if (parts.Length != 2 || parts[0].Trim().Length == 0)
            {
                throw new Infrastructure.CliUsageException($"{optionName}: item \"{item.Trim()}\" must be dimension=score, for example basis=-0.5.");
            }

            var dimensionError = TryDimension(parts[0], out var dimension);
            if (dimensionError is not null)
            {
                throw new Infrastructure.CliUsageException($"{optionName}: {dimensionError}");
            }

            var kebab = BondDimensions.Get(dimension).KebabName;
            var scoreError = TryScore(parts[1], out var score);
            if (scoreError is not null)
            {
                throw new Infrastructure.CliUsageException($"{optionName}: the {kebab} {scoreError}");
            }

            if (profile.Contains(dimension))
            {
                throw new Infrastructure.CliUsageException($"{optionName}: {kebab} appears twice; give each dimension once.");
            }

            profile = profile.WithScore(dimension, (double)score);
        }

        return profile;
    }

    /// <summary>Formats a score or distance for a table: two decimals, invariant.</summary>
    public static string Number(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
