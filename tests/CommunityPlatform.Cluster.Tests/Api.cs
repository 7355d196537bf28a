using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.Cluster.Tests;

/// <summary>
/// The API of one host as one account sees it: a bearer token, and the community it works in (<c>X-Community</c>).
/// Each sign-in comes from a client address of its own (X-Forwarded-For, believed from 127.0.0.1), so that the tests'
/// many sign-ins never meet the per-address limit that one test proves.
/// </summary>
public sealed class Api(HostInstance host, string token, string? community = null)
{
    private static int addresses;

    public HostInstance Host { get; } = host;

    public string Token { get; } = token;

    /// <summary>The same token and community against another host: what the load balancer does with the next request.</summary>
    public Api On(HostInstance other) => new(other, Token, community);

    public static async Task<Api> SignInAsync(HostInstance host, string userName, string password = TwoHosts.Password, string? community = null)
    {
        var answer = await TokenAsync(host, userName, password, NextAddress());
        var body = await answer.Content.ReadAsStringAsync();
        answer.StatusCode.ShouldBe(HttpStatusCode.OK, $"sign-in of {userName} on {host}: {body}");
        return new Api(host, JsonNode.Parse(body)!["accessToken"]!.GetValue<string>(), community);
    }

    public static async Task<HttpResponseMessage> TokenAsync(HostInstance host, string userName, string password, string clientAddress)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.Address, "/api/account/token"))
        {
            Content = JsonContent.Create(new { userName, password }),
        };
        request.Headers.Add("X-Forwarded-For", clientAddress);
        return await Client.SendAsync(request);
    }

    /// <summary>A client address no other sign-in of this test run used.</summary>
    public static string NextAddress()
    {
        var n = Interlocked.Increment(ref addresses);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    public Task<HttpResponseMessage> GetAsync(string path) => SendAsync(HttpMethod.Get, path, null);

    public Task<HttpResponseMessage> PostAsync(string path, object body) => SendAsync(HttpMethod.Post, path, body);

    public Task<HttpResponseMessage> PutAsync(string path, object body) => SendAsync(HttpMethod.Put, path, body);

    public Task<HttpResponseMessage> DeleteAsync(string path) => SendAsync(HttpMethod.Delete, path, null);

    public async Task<JsonNode> JsonAsync(HttpMethod method, string path, object? body = null)
    {
        var answer = await SendAsync(method, path, body);
        var text = await answer.Content.ReadAsStringAsync();
        ((int)answer.StatusCode).ShouldBeInRange(200, 299, $"{method} {path} on {Host}: {text}");
        return JsonNode.Parse(text)!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, new Uri(Host.Address, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        if (community is not null) request.Headers.Add("X-Community", community);
        if (body is not null) request.Content = JsonContent.Create(body);
        return await Client.SendAsync(request);
    }

    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(100) };
}

public static class Answers
{
    /// <summary>The RFC 9457 answer with this status and stable error code.</summary>
    public static async Task ShouldBeProblemAsync(this HttpResponseMessage answer, HttpStatusCode status, string code)
    {
        var text = await answer.Content.ReadAsStringAsync();
        answer.StatusCode.ShouldBe(status, text);
        JsonNode.Parse(text)!["code"].ShouldNotBeNull(text).GetValue<string>().ShouldBe(code, text);
    }

    /// <summary>The stable error code of a problem answer, or null for any other answer.</summary>
    public static async Task<string?> CodeAsync(this HttpResponseMessage answer)
    {
        if (answer.Content.Headers.ContentType?.MediaType != "application/problem+json") return null;
        return JsonNode.Parse(await answer.Content.ReadAsStringAsync())!["code"]?.GetValue<string>();
    }
}
