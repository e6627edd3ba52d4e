using RelationshipKit.Idic;
using RelationshipKit.Idic.Identify;

namespace RelationshipKit.Benchmarks;

/// <summary>
/// Generates channel records of a known set of customers, for the identity-resolution benchmark and its accuracy
/// test (the file is compiled into RelationshipKit.Idic.Tests too).
/// </summary>
/// <remarks>
/// <para>What a call with <c>customers</c> true customers produces (seeded, so the same seed gives the same data):</para>
/// <list type="bullet">
/// <item><description>Each customer has one e-mail and one Polish mobile number; 70 % have an account number,
/// 60 % a loyalty card, and 1 or 2 devices.</description></item>
/// <item><description>1 to 6 records per customer (uniform, mean 3.5), each from one of web, mobile, shop, phone,
/// e-mail, social: 300,000 customers give about 1,050,000 records.</description></item>
/// <item><description>Identifiers per record: the first record carries e-mail, phone and the account number when
/// there is one; each further record carries the e-mail or the phone (the link) plus each other identifier with
/// probability 0.3: about 2.2 identifiers per record on average.</description></item>
/// <item><description>Variants: e-mails in original, upper and mixed case with surrounding spaces; phones as
/// <c>601 234 567</c>, <c>+48 601-234-567</c>, <c>0048601234567</c> or <c>(+48) 601234567</c>; loyalty numbers with
/// or without spaces; account numbers in either case with or without the hyphen.</description></item>
/// <item><description>Conflicts: 1 % of account holders give the same home landline as the next account holder (a
/// household); only records that also carry the account number carry the landline, so the resolver must split
/// each such component by account number and report the landline as ambiguous. 0.5 % of records carry an
/// extra phone with a typo (one digit short), which must be rejected, not linked.</description></item>
/// </list>
/// <para>So a correct resolution finds exactly <c>customers</c> clusters, each holding the records of one true
/// customer (<see cref="Truth"/>).</para>
/// </remarks>
internal sealed class ChannelRecordGenerator
{
    private static readonly Channel[] Channels = [Channel.Web, Channel.Mobile, Channel.Shop, Channel.Phone, Channel.Email, Channel.Social];

    private ChannelRecordGenerator(ChannelRecord[] records, int[] truth, int households, int typos)
    {
        Records = records;
        Truth = truth;
        Households = households;
        Typos = typos;
    }

    /// <summary>Gets the records, shuffled.</summary>
    public ChannelRecord[] Records { get; }

    /// <summary>Gets the true customer (0-based) of each record.</summary>
    public int[] Truth { get; }

    /// <summary>Gets how many customer pairs share a household phone.</summary>
    public int Households { get; }

    /// <summary>Gets how many records carry a mistyped extra phone.</summary>
    public int Typos { get; }

    public static ChannelRecordGenerator Generate(int customers, int seed)
    {
        var random = new Random(seed);
        var records = new List<ChannelRecord>(customers * 4);
        var truth = new List<int>(customers * 4);
        var households = 0;
        var typos = 0;
        int? pendingHousehold = null;
        for (var c = 0; c < customers; c++)
        {
            var email = $"customer{c}.{random.Next(1000)}@example{c % 97}.com";
            var phone = 500_000_000 + c;
            string? account = random.NextDouble() < 0.7 ? $"PL-{c:D8}" : null;
            string? loyalty = random.NextDouble() < 0.6 ? $"{7_000_000_000L + c}" : null;
            var devices = new List<string> { $"dev-{c}-a" };
            if (random.NextDouble() < 0.5)
            {
                devices.Add($"dev-{c}-b");
            }

            // Households: two consecutive account holders give the same home landline on their account records.
            int? householdPhone = null;
            if (account is not null)
            {
                if (pendingHousehold is { } shared)
                {
                    householdPhone = shared;
                    pendingHousehold = null;
                    households++;
                }
                else if (random.NextDouble() < 0.01)
                {
                    pendingHousehold = 220_000_000 + c;
                    householdPhone = pendingHousehold;
                }
            }

            var count = random.Next(1, 7);
            for (var k = 0; k < count; k++)
            {
                var ids = new List<Identifier>(4);
                var withAccount = account is not null && (k == 0 || random.NextDouble() < 0.3);
                if (k == 0)
                {
                    ids.Add(Identifier.Email(EmailVariant(email, random)));
                    ids.Add(Identifier.Phone(PhoneVariant(phone, random)));
                }
                else
                {
                    ids.Add(random.NextDouble() < 0.5 ? Identifier.Email(EmailVariant(email, random)) : Identifier.Phone(PhoneVariant(phone, random)));
                }

                if (withAccount)
                {
                    ids.Add(Identifier.Account(random.NextDouble() < 0.5 ? account! : account!.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()));
                    if (householdPhone is { } home)
                    {
                        ids.Add(Identifier.Phone(PhoneVariant(home, random)));
                    }
                }

                if (loyalty is not null && random.NextDouble() < 0.3)
                {
                    ids.Add(Identifier.Loyalty(random.NextDouble() < 0.5 ? loyalty : loyalty.Insert(4, " ")));
                }

                if (random.NextDouble() < 0.3)
                {
                    ids.Add(Identifier.Device(devices[random.Next(devices.Count)]));
                }

                if (random.NextDouble() < 0.005)
                {
                    ids.Add(Identifier.Phone($"{phone / 10}"));
                    typos++;
                }

                records.Add(new ChannelRecord($"{Channels[random.Next(Channels.Length)]}:{records.Count:D7}", Channels[random.Next(Channels.Length)], ids));
                truth.Add(c);
            }
        }

        var order = Enumerable.Range(0, records.Count).ToArray();
        random.Shuffle(order);
        return new ChannelRecordGenerator([.. order.Select(i => records[i])], [.. order.Select(i => truth[i])], households, typos);
    }

    private static string EmailVariant(string email, Random random) => random.Next(4) switch
    {
        0 => email,
        1 => email.ToUpperInvariant(),
        2 => " " + char.ToUpperInvariant(email[0]) + email[1..] + " ",
        _ => email.Replace("example", "Example", StringComparison.Ordinal),
    };

    private static string PhoneVariant(int phone, Random random)
    {
        var digits = phone.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return random.Next(4) switch
        {
            0 => $"{digits[..3]} {digits[3..6]} {digits[6..]}",
            1 => $"+48 {digits[..3]}-{digits[3..6]}-{digits[6..]}",
            2 => "0048" + digits,
            _ => "(+48) " + digits,
        };
    }
}
