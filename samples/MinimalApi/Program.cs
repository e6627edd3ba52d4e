// An ASP.NET Core minimal API that registers RelationshipKit through dependency injection and exposes
// bond classification over HTTP. RelationshipKit needs no container: AddRelationshipKit() is a thin layer
// that registers the clock; the classifier is a plain immutable object.
using NodaTime;
using RelationshipKit;
using RelationshipKit.Bonds;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRelationshipKit();                       // IClock = SystemClock unless you registered one first
builder.Services.AddSingleton(BondClassifier.Default);       // immutable and thread-safe: share one

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

app.Run();
