using Microsoft.Extensions.Logging;
using NodaTime;
using RelationshipKit.Idic.Identify;
using RelationshipKit.Idic.Interact;
using RelationshipKit.Idic.Pipeline;
using RelationshipKit.Idic.Stores;

namespace RelationshipKit.Idic.Tests;

/// <summary>
/// Captures every log line and exception message of the package's scenarios (resolution with splits and rejected
/// identifiers, pipeline runs with refusals and overdue promises, invalid input) and scans them for identifiers in
/// clear text.
/// </summary>
public class MaskingTests
{
    // Raw and normalised forms of every identifier the scenarios use.
    private static readonly string[] Secrets =
    [
        "anna.nowak@example.com", "Anna.Nowak@Example.com", "jan@example.org", "601234567", "+48601234567", "601 234 567", "48601234567",
        "60123456", "PL-00012345", "PL00012345", "PL-00067890", "PL00067890", "LOY-7777-1234", "LOY77771234", "dev-3f2504e0-4f89", "Nowak",
    ];

    [Fact]
    public async Task LogsAndExceptionMessages_NeverShowIdentifiersInClearText()
    {
        var captured = new List<string>();
        using var factory = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingProvider(captured)));

        // Identity resolution: links, a split by account number, an ambiguous soft link, rejected identifiers.
        var resolver = new IdentityResolver(logger: factory.CreateLogger<IdentityResolver>());
        var resolution = resolver.Resolve(
        [
            new ChannelRecord("a", Channel.Shop, [Identifier.Account("PL-00012345"), Identifier.Phone("601 234 567"), Identifier.Email("Anna.Nowak@Example.com")]),
            new ChannelRecord("b", Channel.Shop, [Identifier.Account("PL-00067890"), Identifier.Phone("+48601234567")]),
            new ChannelRecord("c", Channel.Web, [Identifier.Email("anna.nowak@example.com"), Identifier.Loyalty("LOY-7777-1234"), Identifier.Device("dev-3f2504e0-4f89")]),
            new ChannelRecord("d", Channel.Web, [Identifier.Phone("60123456"), Identifier.Email("not-an-address")]),
        ]);
        captured.AddRange(resolution.Clusters.SelectMany(c => resolution.Explain(c)).Select(l => l.ToString()));
        captured.AddRange(resolution.AmbiguousLinks.Select(l => l.ToString()));
        captured.AddRange(resolution.RejectedIdentifiers.Select(r => r.ToString()));

        // A pipeline run: lookup by identifiers, refusal for lack of consent, an overdue promise, decisions at Debug.
        var at = Instant.FromUtc(2026, 6, 10, 12, 0);
        var anna = new CustomerId("c-42");
        var promises = new InMemoryPromiseStore();
        await promises.MakeAsync(CallbackPromise.Make("p-1", anna, at - Duration.FromDays(1), at - Duration.FromHours(20), "passed to a specialist", "billing", Channel.Phone));
        var pipeline = new IdicPipelineBuilder<CustomerId> { Logger = factory.CreateLogger("pipeline") }
            .AddIdentify(new IdentifyStageOptions<CustomerId> { FindCustomer = a => new(a.Request.Identifiers.Count > 0 ? anna : default), CustomerIdOf = c => c })
            .AddInteract(new InteractStageOptions<CustomerId> { Promises = promises })
            .AddCustomize()
            .Build();
        var result = await pipeline.ExecuteAsync(new IdicRequest(Channel.Sms, IdicDirection.Outbound,
            identifiers: [Identifier.Phone("601 234 567"), Identifier.Email("anna.nowak@example.com")], purpose: ConsentPurpose.Marketing, offers: ["card"], at: at));
        captured.Add(result.Trace.ToString());
        captured.Add(result.Request.ToString());
        captured.Add(result.RefusalReason ?? string.Empty);

        // Exception messages from bad input.
        captured.Add(Message(() => IdentifierNormalizer.ForRegion("PL").Normalize(Identifier.Phone("60123456"))));
        captured.Add(Message(() => IdentifierNormalizer.ForRegion("PL").Normalize(Identifier.Email("Anna.Nowak@Example"))));
        captured.Add(Message(() => resolution.ClusterOf("web:unknown")));
        captured.Add(IdentifierMask.MaskName("Nowak"));

        captured.Should().NotBeEmpty();
        captured.Should().Contain(line => line.Contains("+48*******67", StringComparison.Ordinal), "masked identifiers are shown");
        var leaks = captured.SelectMany(line => Secrets.Where(s => line.Contains(s, StringComparison.OrdinalIgnoreCase)).Select(s => $"{s} in: {line}")).ToArray();
        leaks.Should().BeEmpty();
    }

    private static string Message(Action act)
    {
        try
        {
            act();
        }
        catch (Exception e)
        {
            return e.Message;
        }

        throw new InvalidOperationException("The scenario was expected to throw.");
    }

    private sealed class CapturingProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(lines);

        public void Dispose()
        {
        }

        private sealed class Capturing(List<string> lines) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                lock (lines)
                {
                    lines.Add(formatter(state, exception));
                    if (state is IEnumerable<KeyValuePair<string, object?>> values)
                    {
                        lines.AddRange(values.Select(v => $"{v.Key}={v.Value}"));
                    }
                }
            }
        }
    }
}
