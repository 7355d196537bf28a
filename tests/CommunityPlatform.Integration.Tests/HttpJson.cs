using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests;

internal static class HttpJson
{
    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return string.IsNullOrEmpty(text) ? new JsonObject() : JsonNode.Parse(text)!;
    }

    public static async Task<JsonNode> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static async Task<JsonNode> PostOkAsync(this HttpClient client, string url, object body, HttpStatusCode expected = HttpStatusCode.Created)
    {
        var response = await client.PostAsJsonAsync(url, body);
        response.StatusCode.ShouldBe(expected, $"POST {url}: {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    public static Task<HttpResponseMessage> PostRawAsync(this HttpClient client, string url, string json) =>
        client.PostAsync(url, new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

    /// <summary>Asserts a ProblemDetails answer with its status and stable code, and returns it.</summary>
    public static async Task<JsonNode> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(status, body.ToJsonString());
        response.Content.Headers.ContentType.ShouldNotBeNull(body.ToJsonString());
        response.Content.Headers.ContentType.MediaType.ShouldBe("application/problem+json");
        // A missing code or title is a failure, not a pass: every problem the platform writes carries both.
        body["code"].ShouldNotBeNull($"no code in {body.ToJsonString()}");
        body["code"]!.GetValue<string>().ShouldBe(code, body.ToJsonString());
        body["title"].ShouldNotBeNull($"no title in {body.ToJsonString()}");
        body["title"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        return body;
    }

    public static string Id(this JsonNode node) => node["id"]!.GetValue<string>();

    public static string Str(this JsonNode node, string property) => node[property]!.GetValue<string>();
}
