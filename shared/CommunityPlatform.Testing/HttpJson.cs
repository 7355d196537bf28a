using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CommunityPlatform.Web.Hosting;

namespace CommunityPlatform.Testing;

/// <summary>Reading the API's answers: as the types its Contracts describe, or as JSON where no type does; ProblemDetails strictly.</summary>
public static class HttpJson
{
    /// <summary>
    /// The API's own JSON settings (camelCase, enums as camelCase strings, no numbers in strings), to read answers into
    /// Contracts types — strictly: a property the type lacks, or one of its constructor's the answer lacks, fails the read.
    /// </summary>
    public static readonly JsonSerializerOptions Options = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        PlatformJson.Configure(options);
        // Strict: the answer is exactly the Contracts type, no property missing (the API writes nulls too) and none unknown.
        options.RespectRequiredConstructorParameters = true;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

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

    /// <summary>GETs <paramref name="url"/>, asserts 200 and reads the answer as <typeparamref name="T"/> with the API's JSON settings.</summary>
    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url) where T : class
    {
        var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {url}: {await response.Content.ReadAsStringAsync()}");
        return await response.ReadJsonAsync<T>();
    }

    /// <summary>Reads an answer as <typeparamref name="T"/> with the API's JSON settings; an empty or null body fails.</summary>
    public static async Task<T> ReadJsonAsync<T>(this HttpResponseMessage response) where T : class =>
        (await response.Content.ReadFromJsonAsync<T>(Options)).ShouldNotBeNull($"{response.RequestMessage?.RequestUri}: no {typeof(T).Name} in the answer");

    /// <summary>The JSON of <paramref name="node"/> read as <typeparamref name="T"/> with the API's JSON settings.</summary>
    public static T As<T>(this JsonNode node) where T : class => node.Deserialize<T>(Options).ShouldNotBeNull();

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
