namespace RelationshipKit.Satisfaction;

/// <summary>The checks the satisfaction aggregates share: no null ratings, one scale.</summary>
internal static class RatingChecks
{
    /// <summary>Throws when <paramref name="rating"/> is null, naming its index.</summary>
    internal static void NotNull(SatisfactionRating? rating, int index, string paramName)
    {
        if (rating is null)
        {
            throw new ArgumentException($"{paramName} must not contain null; {paramName}[{index}] is null.", paramName);
        }
    }

    /// <summary>Enumerates <paramref name="ratings"/>, throwing on a null item or on a scale other than the first rating's.</summary>
    internal static IEnumerable<SatisfactionRating> OneScale(IEnumerable<SatisfactionRating> ratings, string paramName)
    {
        SatisfactionScale? first = null;
        var index = 0;
        foreach (var rating in ratings)
        {
            NotNull(rating, index, paramName);
            first ??= rating.Scale;
            if (rating.Scale != first.Value)
            {
                throw new ArgumentException(
                    $"{paramName} must share one scale; {paramName}[{index}] is on {rating.Scale}, {paramName}[0] on {first.Value}.", paramName);
            }

            yield return rating;
            index++;
        }
    }
}
