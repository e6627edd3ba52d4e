// An ASP.NET Core minimal API that registers RelationshipKit through dependency injection: bond classification,
// and a customer lifecycle (the sources' preset, in memory) whose stage an endpoint moves. RelationshipKit needs no
// container: AddRelationshipKit() registers the clock; the classifier and the lifecycle definition are immutable.
using NodaTime;
using RelationshipKit;
using RelationshipKit.Bonds;
using RelationshipKit.Lifecycle;
using RelationshipKit.Lifecycle.Presets;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRelationshipKit();                       // IClock = SystemClock unless you registered one first
builder.Services.AddSingleton(BondClassifier.Default);       // immutable and thread-safe: share one
builder.Services.AddRelationshipKitLifecycle(LifecyclePresets.Sources("b2b"))
    .UseInMemoryStore();                                     // or .UseSqliteStore("Data Source=lifecycle.db")

var app = builder.Build();

// GET /bonds/classify?profile=voluntariness=0.9,basis=0.8,affect=0.8
app.MapGet("/bonds/classify", (string profile, BondClassifier classifier, IClock clock) =>
{
    var parsed = BondProfile.Empty;
    foreach (var pair in profile.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
    {
        var parts = pair.Split('=');
        if (parts.Length != 2 || !BondDimensions.TryParse(parts[0], out var dimension)
            || !double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var score) || score is < -1 or > 1)
        {
            return Results.BadRequest($"'{pair}' is not dimension=score with score in [-1, 1].");
        }

        parsed = parsed.WithScore(dimension, score);
    }

    var result = classifier.Classify(parsed);
    return Results.Ok(new
    {
        classifiedAt = clock.GetCurrentInstant().ToString(),
        best = result.Best?.Archetype.DisplayName,
        confidence = result.Best?.Confidence,
        explanation = result.Best?.Explanation,
    });
});

// POST /customers/00042/lifecycle/start          starts the relationship (exploration)
// POST /customers/00042/lifecycle/advance        fires a trigger; the Idempotency-Key header is the event id,
//                                                so a retried request returns the original result
app.MapPost("/customers/{customerId}/lifecycle/{trigger}", async (
    string customerId,
    string trigger,
    HttpRequest request,
    [FromKeyedServices("b2b")] LifecycleRunner<RelationshipStage, RelationshipTrigger> lifecycle) =>
{
    if (!request.Headers.TryGetValue("Idempotency-Key", out var key) || string.IsNullOrWhiteSpace(key))
    {
        return Results.BadRequest("Send an Idempotency-Key header: the event id that makes a retried request count once.");
    }

    var customer = new CustomerId(customerId);
    var eventId = new LifecycleEventId(key.ToString());
    RunResult<RelationshipStage, RelationshipTrigger> result;
    if (string.Equals(trigger, "start", StringComparison.OrdinalIgnoreCase))
    {
        result = await lifecycle.StartAsync(customer, eventId);
    }
    else if (Enum.TryParse<RelationshipTrigger>(trigger, ignoreCase: true, out var parsed)
        && Enum.IsDefined(parsed) && lifecycle.Definition.ArgumentTypeOf(parsed) is null)
    {
        result = await lifecycle.FireAsync(customer, parsed, eventId, new TransitionMetadata("minimal-api", null, ChangeDriver.CustomerAction));
    }
    else
    {
        return Results.BadRequest($"'{trigger}' is not start or a parameterless trigger (advance, testfailed, complain, resolvewell, resolvebadly, winback).");
    }

    var body = new
    {
        customer = customer.Value,
        status = result.Status.ToString(),
        stage = result.State.IsDefault ? null : result.State.Stage.ToString(),
        version = result.State.IsDefault ? 0 : result.State.Version,
        message = result.Message,
    };
    return result.Status is RunStatus.Applied or RunStatus.Duplicate ? Results.Ok(body) : Results.Conflict(body);
});

app.Run();

/// <summary>The entry point, public so that the tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
