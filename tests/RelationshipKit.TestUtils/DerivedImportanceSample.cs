using System.Globalization;

namespace RelationshipKit.TestUtils;

/// <summary>
/// The synthetic survey of the derived-importance worked example (docs/concepts/benefits.md): 30 invented customers of a
/// fictional bike shop rate four benefits (importance and performance, 1-5) and have a number of repeat purchases in a
/// year. Made up for the docs, not data from any study. The expected figures were computed independently (exact
/// fractions in Python): stated importance confidence 4.43, social 2.6, special-treatment 4.63, experience 3.5;
/// Spearman's rho of performance with repeat purchases confidence 0.3044, social 0.8808, special-treatment 0.1432,
/// experience 0.4292.
/// </summary>
public static class DerivedImportanceSample
{
    /// <summary>The benefit names, in the order of the answer pairs in <see cref="Rows"/>.</summary>
    public static IReadOnlyList<string> Benefits { get; } = ["confidence", "social", "special-treatment", "experience"];

    /// <summary>One line per respondent: id, repeat purchases, then importance and performance digits per benefit.</summary>
    public static IReadOnlyList<string> Rows { get; } =
    [
        "r01  7 44 34 42 33",
        "r02  9 45 34 54 34",
        "r03  5 43 32 42 43",
        "r04  8 54 24 53 33",
        "r05  6 54 33 51 42",
        "r06  6 43 33 51 32",
        "r07  1 43 21 42 33",
        "r08  4 43 23 43 43",
        "r09 10 44 44 51 33",
        "r10  7 43 23 44 44",
        "r11  8 53 24 52 33",
        "r12  3 54 22 52 43",
        "r13  4 53 22 52 33",
        "r14  8 44 24 54 34",
        "r15  5 54 33 54 44",
        "r16  9 43 33 53 32",
        "r17 10 53 34 43 43",
        "r18  9 55 24 52 43",
        "r19  1 43 31 41 41",
        "r20  4 53 32 52 33",
        "r21  6 54 22 42 43",
        "r22  5 52 22 44 32",
        "r23 10 44 24 52 43",
        "r24 11 53 34 52 45",
        "r25  6 44 33 54 42",
        "r26  8 43 23 44 44",
        "r27  5 42 32 41 32",
        "r28  8 44 34 52 43",
        "r29  1 44 31 52 31",
        "r30  5 52 32 54 32",
    ];

    /// <summary>Gets every answer as (respondent, benefit name, importance, performance).</summary>
    public static IEnumerable<(string Respondent, string Benefit, int Importance, int Performance)> Answers() =>
        from row in Rows
        let fields = row.Split(' ', StringSplitOptions.RemoveEmptyEntries)
        from b in Enumerable.Range(0, Benefits.Count)
        select (fields[0], Benefits[b], fields[2 + b][0] - '0', fields[2 + b][1] - '0');

    /// <summary>Gets each respondent's repeat purchases.</summary>
    public static IReadOnlyDictionary<string, double> RepeatPurchases() =>
        Rows.Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(f => f[0], f => double.Parse(f[1], CultureInfo.InvariantCulture));
}
