using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CommunityPlatform.Integration.Tests;

/// <summary>One host for the whole suite; tests isolate themselves by making fresh communities and accounts, not databases.</summary>
public sealed class PlatformFixture : IDisposable
{
    private readonly ConcurrentDictionary<string, string> tokens = new();

    public PlatformFactory Factory { get; } = new();

    public HttpClient Anonymous() => Factory.CreateClient();

    public async Task<HttpClient> SignInAsync(string userName, string password = PlatformFactory.Password, string? community = null)
    {
        if (!tokens.TryGetValue(userName, out var token))
            token = tokens[userName] = await TokenAsync(Factory, userName, password);

        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (community is not null) client.DefaultRequestHeaders.Add("X-Community", community);
        return client;
    }

    /// <summary>
    /// A token for the account. An account someone else gave its password (every account made through the API) must
    /// choose its own before the API serves it: the person's first step, taken here with the same password.
    /// </summary>
    public static async Task<string> TokenAsync(PlatformFactory factory, string userName, string password = PlatformFactory.Password)
    {
        var anonymous = factory.CreateClient();
        var response = await anonymous.PostAsJsonAsync("/api/account/token", new { userName, password });
        var body = await response.JsonAsync();
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK, $"sign-in of {userName}: {body.ToJsonString()}");
        var token = body["accessToken"]!.GetValue<string>();
        if (!body["mustChangePassword"]!.GetValue<bool>()) return token;

        var first = factory.CreateClient();
        first.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var changed = await first.PostAsJsonAsync("/api/account/password", new { currentPassword = password, newPassword = password });
        changed.StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent, await changed.Content.ReadAsStringAsync());
        return await TokenAsync(factory, userName, password);
    }

    public Task<HttpClient> AdminAsync(string? community = null) => SignInAsync("admin", community: community);

    public Task<HttpClient> SecretaryOfAsync(string code) => SignInAsync($"{code}-secretary");

    /// <summary>A new community of its own for a test, created by the city administrator like a real one.</summary>
    public async Task<JsonNode> NewCommunityAsync(params string[] modules)
    {
        var admin = await AdminAsync();
        var street = (await admin.GetJsonAsync("/api/platform/streets")).AsArray().First(s => s!["code"]!.GetValue<string>() == "renminlu")!;
        var code = "t" + Guid.NewGuid().ToString("N")[..10];
        var response = await admin.PostAsJsonAsync("/api/platform/communities", new { code, name = $"测试社区{code}", streetId = street["id"]!.GetValue<Guid>(), modules });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.JsonAsync();
    }

    /// <summary>A community account with the given roles in a community, ready to use.</summary>
    public async Task<HttpClient> NewAccountAsync(string community, params string[] roles)
    {
        var admin = await AdminAsync(community);
        var userName = "u" + Guid.NewGuid().ToString("N")[..12];
        var created = await admin.PostAsJsonAsync("/api/identity/users", new { userName, password = PlatformFactory.Password, roles });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return await SignInAsync(userName);
    }

    public void Dispose() => Factory.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
