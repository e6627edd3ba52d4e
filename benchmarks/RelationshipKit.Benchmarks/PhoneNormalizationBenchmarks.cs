using BenchmarkDotNet.Attributes;
using PhoneNumbers;
using RelationshipKit.Idic.Identify;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Bringing 100,000 phone numbers in the generator's four spellings (national, +48 with hyphens, 0048, (+48)) plus
/// numbers of other countries to E.164: libphonenumber-csharp 9.0.43 (parse with default region PL, validate, format;
/// the baseline) against the IDIC package's <see cref="DialPlanPhoneNumberNormalizer"/>. <see cref="Setup"/> counts the
/// numbers on which the two disagree.
/// </summary>
[MemoryDiagnoser]
public class PhoneNormalizationBenchmarks
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private readonly DialPlanPhoneNumberNormalizer _dialPlan = new("PL");
    private string[] _numbers = [];

    /// <summary>Gets how many numbers the two normalisers map differently (including one accepting and the other rejecting).</summary>
    public int Disagreements { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        _numbers = Sample(100_000, seed: 5);
        Disagreements = _numbers.Count(n => Library(n) != DialPlan(n));
    }

    [Benchmark(Baseline = true)]
    public int LibPhoneNumber()
    {
        var valid = 0;
        foreach (var n in _numbers)
        {
            valid += Library(n) is null ? 0 : 1;
        }

        return valid;
    }

    [Benchmark]
    public int DialPlanNormalizer()
    {
        var valid = 0;
        foreach (var n in _numbers)
        {
            valid += _dialPlan.TryNormalize(n, out _) ? 1 : 0;
        }

        return valid;
    }

    internal static string[] Sample(int count, int seed)
    {
        var random = new Random(seed);
        var numbers = new string[count];
        string[] foreign = ["+49 30 1234567", "+44 20 7946 0958", "+7 495 123-45-67", "+1 212 555 0100", "+33 1 42 68 53 00", "+380 44 123 4567"];
        for (var i = 0; i < count; i++)
        {
            var digits = (500_000_000 + random.Next(300_000_000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            numbers[i] = random.Next(10) switch
            {
                0 => foreign[random.Next(foreign.Length)],
                1 => digits[..8],
                2 or 3 => $"{digits[..3]} {digits[3..6]} {digits[6..]}",
                4 or 5 => $"+48 {digits[..3]}-{digits[3..6]}-{digits[6..]}",
                6 or 7 => "0048" + digits,
                _ => "(+48) " + digits,
            };
        }

        return numbers;
    }

    internal static string? Library(string text)
    {
        try
        {
            var number = Util.Parse(text, "PL");
            return Util.IsValidNumber(number) ? Util.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    internal string? DialPlan(string text) => _dialPlan.TryNormalize(text, out var e164) ? e164 : null;
}
