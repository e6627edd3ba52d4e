using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace RelationshipKit.Docs.Tests;

/// <summary>Hosts samples/MinimalApi in-process and calls its endpoints as its README's steps do.</summary>
public sealed class MinimalApiSampleTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> _factory;

    public MinimalApiSampleTests(WebApplicationFactory<Program> factory) => _factory = factory;

    [Fact]
    public async Task LifecycleEndpoint_FiresTriggersAndReturnsTheNewStage()
    {
        using var client = _factory.CreateClient();

        var started = await Post(client, "/customers/00042/lifecycle/start", "e1");
        var advanced = await Post(client, "/customers/00042/lifecycle/advance", "e2");
        var retried = await Post(client, "/customers/00042/lifecycle/Advance", "e2");

        started.Status.Should().Be(HttpStatusCode.OK);
        started.Body.GetProperty("stage").GetString().Should().Be("Exploration");
        advanced.Status.Should().Be(HttpStatusCode.OK);
        advanced.Body.GetProperty("stage").GetString().Should().Be("Awareness");
        advanced.Body.GetProperty("status").GetString().Should().Be("Applied");
        advanced.Body.GetProperty("version").GetInt64().Should().Be(2);
        retried.Body.GetProperty("status").GetString().Should().Be("Duplicate");
        retried.Body.GetProperty("stage").GetString().Should().Be("Awareness");
    }

    [Fact]
    public async Task LifecycleEndpoint_NotPermittedOrBadRequest_AnswersWithTheReason()
    {
        using var client = _factory.CreateClient();
        await Post(client, "/customers/00077/lifecycle/start", "s");

        var rejected = await Post(client, "/customers/00077/lifecycle/resolvewell", "r");
        var typed = await Post(client, "/customers/00077/lifecycle/dissolve", "d");
        using var noKey = new HttpRequestMessage(HttpMethod.Post, "/customers/00077/lifecycle/advance");
        var missingKey = await client.SendAsync(noKey);

        rejected.Status.Should().Be(HttpStatusCode.Conflict);
        rejected.Body.GetProperty("message").GetString().Should().Be("Exploration permits no transition for ResolveWell.");
        rejected.Body.GetProperty("stage").GetString().Should().Be("Exploration");
        typed.Status.Should().Be(HttpStatusCode.BadRequest);
        missingKey.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await missingKey.Content.ReadAsStringAsync()).Should().Contain("Idempotency-Key");
    }

    [Fact]
    public async Task ClassifyEndpoint_StillClassifies()
    {
        using var client = _factory.CreateClient();

        var response = await client.GetFromJsonAsync<JsonElement>("/bonds/classify?profile=voluntariness=0.9,basis=0.8,affect=0.8");

        response.GetProperty("best").GetString().Should().NotBeNullOrEmpty();
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Post(HttpClient client, string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path);
        request.Headers.Add("Idempotency-Key", key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.StartsWith('{') ? JsonDocument.Parse(text).RootElement.Clone() : default;
        return (response.StatusCode, body);
    }
}
